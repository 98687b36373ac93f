import { CommandDefinition } from "./command";
export const diffCommand: CommandDefinition = { name: "diff", usage: "usage: gated-pipeline diff\n", options: {}, async run() { return 0; } };
