import { Behavior } from "../behavior.js";
import type { Frames, Pipe } from "../pipe.js";
import { JOIN, LEAVE, MAX_GROUP_LENGTH } from "./groups.js";
import { singlePart } from "./single-part.js";

/** The per-message option of RADIO's send (zeromq.js `{ group }`), as bytes after `groupBytes`. */
export interface RadioGroup {
  group: Buffer;
}

/**
 * Distinct groups one peer may join. libzmq sets no bound; a peer that goes past this one is closed rather than
 * allowed to grow the table without end (each entry holds up to 255 bytes).
 */
export const MAX_GROUPS_PER_PEER = 10_000;

/**
 * RADIO (RFC 48, libzmq radio.cpp): a one-part message goes, as a group frame then the body, to every peer that
 * joined its group exactly (no prefix matching), and to every udp peer (which cannot send JOIN; the dish filters).
 * Lossy: a full peer misses the message. JOINs are counted per peer as libzmq's multimap does, so two JOINs need
 * two LEAVEs; a LEAVE of a group never joined is ignored. A JOIN with a group longer than 255 bytes, or beyond
 * MAX_GROUPS_PER_PEER, closes that peer's connection.
 */
export class RadioBehavior extends Behavior {
  private readonly members = new Map<string, Set<Pipe>>();
  private readonly joined = new Map<Pipe, Map<string, number>>();
  private readonly pipes = new Set<Pipe>();

  attach(pipe: Pipe): void {
    this.pipes.add(pipe);
  }

  detach(pipe: Pipe): void {
    this.pipes.delete(pipe);
    this.forget(pipe);
  }

  override linkLost(pipe: Pipe): void {
    this.forget(pipe);
  }

  override onCommand(pipe: Pipe, name: string, data: Buffer): void {
    if (name !== JOIN && name !== LEAVE) return;
    if (data.length > MAX_GROUP_LENGTH) {
      pipe.link?.close(0);
      return;
    }
    const key = data.toString("latin1");
    let groups = this.joined.get(pipe);
    if (name === JOIN) {
      if (groups === undefined) {
        groups = new Map();
        this.joined.set(pipe, groups);
      }
      const count = groups.get(key);
      if (count === undefined && groups.size >= MAX_GROUPS_PER_PEER) {
        pipe.link?.close(0);
        return;
      }
      groups.set(key, (count ?? 0) + 1);
      let members = this.members.get(key);
      if (members === undefined) {
        members = new Set();
        this.members.set(key, members);
      }
      members.add(pipe);
      return;
    }
    const count = groups?.get(key);
    if (count === undefined) return;
    if (count > 1) {
      groups!.set(key, count - 1);
      return;
    }
    groups!.delete(key);
    this.removeMember(key, pipe);
  }

  send(frames: Frames, options?: unknown): boolean {
    const body = singlePart(frames);
    const group = (options as RadioGroup).group;
    const message = [group, body];
    const members = this.members.get(group.toString("latin1"));
    if (members !== undefined) for (const pipe of members) if (!pipe.full) pipe.write(message);
    for (const pipe of this.pipes) {
      if (pipe.peer?.allGroups === true && !members?.has(pipe) && !pipe.full) pipe.write(message);
    }
    return true;
  }

  receive(): Frames | undefined {
    return this.refuseReceive("ENOTSUP");
  }

  private forget(pipe: Pipe): void {
    const groups = this.joined.get(pipe);
    if (groups === undefined) return;
    this.joined.delete(pipe);
    for (const key of groups.keys()) this.removeMember(key, pipe);
  }

  private removeMember(key: string, pipe: Pipe): void {
    const members = this.members.get(key);
    if (members === undefined) return;
    members.delete(pipe);
    if (members.size === 0) this.members.delete(key);
  }
}
