// The package's public API as the TypeScript compiler sees it: the names each entry point (and each namespace of the
// main one) exports, and the declarations behind them. One program serves the tests that list the names, check their
// doc comments, look for types the API mentions but does not export, and type-check the apps users copy against it.
import * as path from "path";
import * as ts from "typescript";
import { ROOT } from "./source-files";

/** The package's entry points (package.json `exports`), by the specifier users import. */
export const ENTRY_POINTS: Readonly<Record<string, string>> = {
  "cdktf-gated-pipeline": "src/index.ts",
  "cdktf-gated-pipeline/okta": "src/okta/index.ts",
  "cdktf-gated-pipeline/entra": "src/entra/index.ts",
};

/** One public name and the symbol behind it (aliases resolved). */
interface PublicSymbol {
  /** `GatedPipeline`, `cdktf-gated-pipeline/okta:ClientPublicKey`, `gate.ROUTES`, `bundle.Flow`. */
  readonly qualifiedName: string;
  readonly symbol: ts.Symbol;
}

export interface PublicApi {
  readonly program: ts.Program;
  readonly checker: ts.TypeChecker;
  /** Sorted names by entry point specifier, and by namespace of the main entry point (`gate`, `bundle`). */
  readonly names: Readonly<Record<string, readonly string[]>>;
  readonly symbols: readonly PublicSymbol[];
}

/** The project's compiler options, with the entry points mapped to the sources as tsconfig.json maps them. */
function compilerOptions(): ts.CompilerOptions {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!config) throw new Error("tsconfig.json cannot be read");
  return { ...config.options, noEmit: true, incremental: false, tsBuildInfoFile: undefined };
}

/**
 * A program over the entry points and `extraFiles` (absolute path → content, for files that exist only in memory, such
 * as the scaffold's main.ts), read as a consumer's program would read them.
 */
export function createPublicApi(extraRoots: readonly string[] = [], extraFiles: Readonly<Record<string, string>> = {}): PublicApi {
  const options = compilerOptions();
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (f) => extraFiles[path.resolve(f)] ?? readFile(f);
  host.fileExists = (f) => path.resolve(f) in extraFiles || fileExists(f);
  const roots = [...Object.values(ENTRY_POINTS).map((f) => path.join(ROOT, f)), ...extraRoots, ...Object.keys(extraFiles)];
  const program = ts.createProgram({ rootNames: roots, options, host });
  const checker = program.getTypeChecker();
  const names: Record<string, string[]> = {};
  const symbols: PublicSymbol[] = [];
  const collect = (key: string, prefix: string, moduleSymbol: ts.Symbol): void => {
    const exports = checker.getExportsOfModule(moduleSymbol);
    names[key] = exports.map((s) => s.name).sort();
    for (const s of exports) {
      const target = resolveAlias(checker, s);
      symbols.push({ qualifiedName: `${prefix}${s.name}`, symbol: target });
      if (target.flags & ts.SymbolFlags.ValueModule && key === "cdktf-gated-pipeline") collect(s.name, `${s.name}.`, target);
    }
  };
  for (const [specifier, file] of Object.entries(ENTRY_POINTS)) {
    const source = program.getSourceFile(path.join(ROOT, file));
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) throw new Error(`${file} is not a module`);
    collect(specifier, specifier === "cdktf-gated-pipeline" ? "" : `${specifier}:`, moduleSymbol);
  }
  return { program, checker, names, symbols };
}

function resolveAlias(checker: ts.TypeChecker, symbol: ts.Symbol): ts.Symbol {
  return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

/** Whether a declaration is marked `@internal` (or is a `_`-prefixed or private member). */
function isInternal(node: ts.Node): boolean {
  if (ts.getJSDocTags(node).some((t) => t.tagName.text === "internal")) return true;
  const name = (node as ts.NamedDeclaration).name;
  if (name && (ts.isIdentifier(name) || ts.isPrivateIdentifier(name)) && (name.text.startsWith("_") || ts.isPrivateIdentifier(name))) return true;
  const modifiers = ts.canHaveModifiers(node) ? ts.getModifiers(node) : undefined;
  return modifiers?.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword) ?? false;
}

/** Where a declaration is, as `src/<file>:<line>`. */
function locationOf(node: ts.Node): string {
  const sf = node.getSourceFile();
  return `${path.relative(ROOT, sf.fileName)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
}

/** The declarations of the project's own sources behind a public symbol (none for re-exported packages). */
function ownDeclarations(symbol: ts.Symbol): ts.Declaration[] {
  const src = path.join(ROOT, "src") + path.sep;
  return (symbol.declarations ?? []).filter((d) => path.resolve(d.getSourceFile().fileName).startsWith(src));
}

/** Whether `text` has the JSDoc comment text (not only tags) a reader needs. */
function hasCommentText(node: ts.Node): boolean {
  return ts.getJSDocCommentsAndTags(node).some((doc) => {
    if (!ts.isJSDoc(doc)) return false;
    const comment = typeof doc.comment === "string" ? doc.comment : (doc.comment ?? []).map((c) => c.text).join("");
    return comment.trim().length > 0;
  });
}

/**
 * Public declarations and properties of public interfaces (and object types) without a doc comment, and optional
 * properties without a `@default` tag, as `<qualified name> (<file>:<line>): <problem>`.
 */
export function documentationProblems(api: PublicApi): string[] {
  const problems: string[] = [];
  for (const { qualifiedName, symbol } of api.symbols) {
    const declarations = ownDeclarations(symbol).filter((d) => !ts.isSourceFile(d) && !ts.isModuleDeclaration(d));
    if (declarations.length === 0) continue;
    // Overloads and merged declarations: one documented declaration documents the name.
    if (!declarations.some(hasCommentText)) problems.push(`${qualifiedName} (${locationOf(declarations[0])}): no doc comment`);
    for (const d of declarations) {
      const members = ts.isInterfaceDeclaration(d) ? d.members : ts.isTypeAliasDeclaration(d) && ts.isTypeLiteralNode(d.type) ? d.type.members : [];
      for (const m of members) {
        if (!ts.isPropertySignature(m) || isInternal(m)) continue;
        if (!hasCommentText(m)) problems.push(`${qualifiedName}.${m.name.getText()} (${locationOf(m)}): no doc comment`);
        if (m.questionToken && !ts.getJSDocTags(m).some((t) => t.tagName.text === "default")) {
          problems.push(`${qualifiedName}.${m.name.getText()} (${locationOf(m)}): optional without @default`);
        }
      }
    }
  }
  return problems.sort();
}

/**
 * Types of the project's sources that a public declaration's signature mentions (props, members, parameters, return
 * types, base types) but no entry point exports: a user can read them in the typings but not import them. Members
 * marked `@internal`, private or `_`-prefixed do not count.
 */
export function unexportedTypes(api: PublicApi): string[] {
  const { checker } = api;
  const exported = new Set(api.symbols.map((s) => s.symbol));
  const src = path.join(ROOT, "src") + path.sep;
  // Generated L1 bindings are reached through the L2 that holds them (`resource`, the escape hatch), never imported.
  const gen = path.join(ROOT, "src", "gen") + path.sep;
  const problems = new Set<string>();
  const visitType = (owner: string, node: ts.Node | undefined): void => {
    if (!node) return;
    let reference: ts.Node | undefined;
    if (ts.isTypeReferenceNode(node)) reference = node.typeName;
    else if (ts.isExpressionWithTypeArguments(node)) reference = node.expression;
    else if (ts.isTypeQueryNode(node)) reference = node.exprName;
    if (reference) {
      const at = checker.getSymbolAtLocation(ts.isQualifiedName(reference) ? reference.right : ts.isPropertyAccessExpression(reference) ? reference.name : reference);
      const target = at && resolveAlias(checker, at);
      const declaration = target?.declarations?.[0];
      const file = declaration && path.resolve(declaration.getSourceFile().fileName);
      if (target && declaration && file?.startsWith(src) && !file.startsWith(gen) && !(target.flags & ts.SymbolFlags.TypeParameter) && !exported.has(target)) {
        // A member of an exported enum, class or namespace is reachable through its parent.
        const parent = (target as ts.Symbol & { parent?: ts.Symbol }).parent;
        if (!(parent && exported.has(parent))) problems.add(`${target.name} (${locationOf(declaration)}), used by ${owner}`);
      }
    }
    ts.forEachChild(node, (child) => visitType(owner, child));
  };
  const visitSignature = (owner: string, node: ts.SignatureDeclaration): void => {
    for (const p of node.parameters) visitType(owner, p.type);
    visitType(owner, node.type);
    for (const t of node.typeParameters ?? []) visitType(owner, t.constraint);
  };
  const visitMember = (owner: string, m: ts.Node): void => {
    if (isInternal(m) || ts.isClassStaticBlockDeclaration(m)) return;
    if (ts.isPropertySignature(m) || ts.isPropertyDeclaration(m)) visitType(owner, m.type);
    else if (ts.isMethodSignature(m) || ts.isMethodDeclaration(m) || ts.isGetAccessor(m) || ts.isIndexSignatureDeclaration(m)) visitSignature(owner, m);
    else if (ts.isConstructorDeclaration(m)) visitSignature(owner, m);
  };
  for (const { qualifiedName, symbol } of api.symbols) {
    for (const d of ownDeclarations(symbol)) {
      if (ts.isInterfaceDeclaration(d) || ts.isClassDeclaration(d)) {
        // A class's base class is its implementation (e.g. the base shared with `fromXxx` lookups); the interfaces it
        // implements and an interface's bases are part of what users write against.
        for (const h of d.heritageClauses ?? []) {
          if (ts.isClassDeclaration(d) && h.token === ts.SyntaxKind.ExtendsKeyword) continue;
          for (const t of h.types) visitType(qualifiedName, t);
        }
        for (const m of d.members) visitMember(qualifiedName, m);
      } else if (ts.isFunctionDeclaration(d)) visitSignature(qualifiedName, d);
      else if (ts.isTypeAliasDeclaration(d)) visitType(qualifiedName, d.type);
      else if (ts.isVariableDeclaration(d)) visitType(qualifiedName, d.type);
    }
  }
  return [...problems].sort();
}
