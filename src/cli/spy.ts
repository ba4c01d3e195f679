export const spyCommand = { name: "spy", summary: "x", help: "x", run: async () => 0 };
