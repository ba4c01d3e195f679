import { isIP, isIPv4 } from "node:net";
import { networkInterfaces } from "node:os";
import { nodeDns } from "../platform/load.js";

/**
 * The local address a tcp bind listens on, in libzmq's order (ip_resolver.cpp): "*" is the wildcard, then a
 * network interface name ("lo", "eth0"), then a literal or a host name. Without `ipv6` only IPv4 is eligible;
 * with it IPv4 comes back IPv4-mapped ("::ffff:127.0.0.1"), so lastEndpoint reads as zeromq.js reports it.
 * Resolves to undefined when nothing matches (the caller reports ENODEV).
 */
export async function resolveBindHost(host: string, ipv6: boolean): Promise<string | undefined> {
  if (host === "*") return ipv6 ? "::" : "0.0.0.0";
  if (host.length === 0) return undefined;
  // An IP literal cannot name an interface, so it never needs the interface table (Deno guards that table
  // behind --allow-sys; a literal bind then needs only --allow-net).
  if (isIP(stripZone(host)) !== 0) return eligible(host, ipv6);
  const nic = interfaceAddress(host, ipv6);
  if (nic !== undefined) return nic;
  try {
    const found = await nodeDns().lookup(host, { family: ipv6 ? 0 : 4, all: true });
    const preferred = (ipv6 ? found.find((entry) => entry.family === 6) : undefined) ?? found[0];
    return preferred === undefined ? undefined : eligible(preferred.address, ipv6);
  } catch {
    return undefined;
  }
}

function eligible(address: string, ipv6: boolean): string | undefined {
  if (isIPv4(address)) return ipv6 ? `::ffff:${address}` : address;
  return ipv6 ? address : undefined;
}

function interfaceAddress(name: string, ipv6: boolean): string | undefined {
  const entries = readInterfaces()[name];
  const entry = entries?.find((candidate) => candidate.family === (ipv6 ? "IPv6" : "IPv4"));
  if (entry === undefined) return undefined;
  return entry.family === "IPv6" && entry.scopeid ? `${entry.address}%${name}` : entry.address;
}

/** The interface table, or none where the runtime refuses to show it (Deno without --allow-sys): a host name then resolves through DNS. */
function readInterfaces(): ReturnType<typeof networkInterfaces> {
  try {
    return networkInterfaces();
  } catch {
    return {};
  }
}

function stripZone(host: string): string {
  const percent = host.indexOf("%");
  return percent < 0 ? host : host.slice(0, percent);
}
