/**
 * Warnings and errors on constructs, as cdktf's `Annotations` records them, but without the stack trace cdktf attaches
 * by default: the trace holds absolute paths of the machine that synthesized, which would make `cdktf.out/manifest.json`
 * differ between checkouts. The levels are cdktf's, so its CLI prints the messages and synthesis fails on an error.
 */
import { IConstruct } from "constructs";
import { AnnotationMetadataEntryType } from "cdktf";

export class Annotations {
  /** The annotations of `scope`. */
  public static of(scope: IConstruct): Annotations {
    return new Annotations(scope);
  }

  private constructor(private readonly scope: IConstruct) {}

  /** A warning, printed at synthesis. */
  public addWarning(message: string): void {
    this.scope.node.addMetadata(AnnotationMetadataEntryType.WARN, message, { stackTrace: false });
  }

  /** An error: synthesis fails with it. */
  public addError(message: string): void {
    this.scope.node.addMetadata(AnnotationMetadataEntryType.ERROR, message, { stackTrace: false });
  }
}
