/**
 * `gated-pipeline init [dir] [--force]`: scaffolds a working gate project (package.json with pinned versions, tsconfig,
 * cdktf.json, main.ts, flows/prefect.yaml, .gitignore, README) into `dir` (default: the current folder). It refuses a
 * folder that is not empty unless `--force`, and then overwrites only the files it writes.
 */
import { randomUUID } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { ownPackageJson } from "../core/own-package";
import { CommandDefinition, InputError } from "./command";
import { SCAFFOLD_DEPENDENCIES, SCAFFOLD_DEV_DEPENDENCIES, scaffoldFiles, ScaffoldVersions } from "./scaffold";

const USAGE = `usage: gated-pipeline init [dir] [--force]

Writes a new gated-pipeline project into dir (default: the current folder): package.json with pinned versions,
tsconfig.json, cdktf.json, main.ts (one pipeline, one issuer, one caller), flows/prefect.yaml, .gitignore, README.md.
  --force  write into a folder that is not empty (only the files listed above are overwritten)
Then: cd dir && npm install && npm run synth
`;

export const initCommand: CommandDefinition = {
  name: "init",
  usage: USAGE,
  options: { force: { type: "boolean" } },
  positionals: { min: 0, max: 1 },
  async run(args, out) {
    const dir = path.resolve(args.positionals[0] ?? ".");
    if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory()) throw new InputError(`${dir} is not a folder; name a new or empty folder for the project`);
    const existing = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
    if (existing.length > 0 && args.values.force !== true) {
      throw new InputError(`${dir} is not empty (${existing.length} entries); choose an empty folder, or pass --force to write the scaffold's files there`);
    }
    const base = path.basename(dir);
    const name = packageName(base);
    const files = scaffoldFiles({ name, stackName: name.slice(0, 40), projectId: randomUUID(), versions: ownVersions() });
    for (const [file, content] of Object.entries(files)) {
      const target = path.join(dir, file);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, content);
    }
    out.write(`wrote ${Object.keys(files).sort().join(", ")} to ${dir}\nnext: cd ${path.relative(process.cwd(), dir) || "."} && npm install && npm run synth\n`);
    return 0;
  },
};

/** An npm package name (and stack name) from a folder name: lowercase letters, digits and '-'. */
function packageName(folder: string): string {
  const cleaned = folder.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "");
  return /^[a-z]/.test(cleaned) ? cleaned : `gate-${cleaned || "project"}`;
}

/** The versions this package is built and tested with, from its own package.json. */
function ownVersions(): ScaffoldVersions {
  const pkg = ownPackageJson();
  if (pkg === undefined) throw new Error("cannot find the package.json of cdktf-gated-pipeline");
  const packages: Record<string, string> = {};
  for (const name of [...SCAFFOLD_DEPENDENCIES, ...SCAFFOLD_DEV_DEPENDENCIES]) {
    const version = pkg.devDependencies?.[name];
    if (version === undefined) throw new Error(`package.json of cdktf-gated-pipeline pins no version of ${name}`);
    packages[name] = version;
  }
  return { library: `^${pkg.version}`, packages };
}
