import { nameProblem, problems } from "./names";

/** Resource folders Apigee X accepts under `resources/` (apigeelint BN001). */
const RESOURCE_TYPES = ["jsc", "java", "py", "xsl", "properties", "oas", "wsdl", "xsd", "graphql", "template", "openapi"];

/** A file under `resources/<type>/` of a bundle, referenced as `<type>://<name>` (e.g. a Javascript policy's script). */
export class ResourceFile {
  /** A JavaScript file, `resources/jsc/<name>`, referenced as `jsc://<name>`. */
  public static javascript(name: string, content: string): ResourceFile {
    return new ResourceFile("jsc", name, content);
  }

  /** A property set, `resources/properties/<name>`, read as `{propertyset.<base name>.<key>}`. */
  public static properties(name: string, content: string): ResourceFile {
    return new ResourceFile("properties", name, content);
  }

  /** Any other resource type Apigee accepts (`xsl`, `oas`, `wsdl`, ...). */
  public static of(type: string, name: string, content: string): ResourceFile {
    return new ResourceFile(type, name, content);
  }

  private constructor(
    /** The resource type, which is also its folder under `resources/`. */
    public readonly type: string,
    /** The file name. */
    public readonly name: string,
    /** The file's text. */
    public readonly content: string,
  ) {}

  /** How policies and the descriptor refer to it: `jsc://check-body.js`. */
  public get url(): string {
    return `${this.type}://${this.name}`;
  }

  /** Its path inside the bundle root folder. */
  public get path(): string {
    return `resources/${this.type}/${this.name}`;
  }

  /** Problems with the type or name. */
  public problems(): string[] {
    return problems(
      RESOURCE_TYPES.includes(this.type)
        ? undefined
        : `resource type ${JSON.stringify(this.type)} of ${JSON.stringify(this.name)} is not allowed (allowed: ${RESOURCE_TYPES.join(", ")})`,
      nameProblem("resource name", this.name),
    );
  }
}
