export const fuzzCommand = { name: "fuzz", summary: "x", help: "x", run: async () => 0 };
