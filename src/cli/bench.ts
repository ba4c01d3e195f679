export const benchCommand = { name: "bench", summary: "x", help: "x", run: async () => 0 };
export const benchPeerCommand = { name: "bench-peer", summary: "x", help: "x", run: async () => 0 };
