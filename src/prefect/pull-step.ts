import { DeploymentPullSteps } from "../gen/providers/prefect/deployment";
import { findTemplates, isBlockReference } from "./templates";
import { IDENTIFIER } from "./names";

/** Options every pull step takes. */
export interface PullStepOptions {
  /**
   * A pip requirement the worker installs before running the step, e.g. `prefect-gcp>=0.6`.
   * @default - none
   */
  readonly requires?: string;
}

/** Options of {@link PullStep.gitClone}. */
export interface GitClonePullStepOptions extends PullStepOptions {
  /** The repository URL, `https://...` or `git@host:path` (no credentials in it). */
  readonly repository: string;
  /**
   * Branch (or tag) to check out.
   * @default - the repository's default branch
   */
  readonly branch?: string;
  /**
   * Access token for a private repository, as a block reference resolved by the worker at run time, e.g.
   * `{{ prefect.blocks.secret.github-token }}`. A literal token is refused: it would land in `cdk.tf.json` and state.
   * @default - none (public repository, or `credentials`)
   */
  readonly accessToken?: string;
  /**
   * Credentials block reference, e.g. `{{ prefect.blocks.github-credentials.flows-repo }}`.
   * @default - none
   */
  readonly credentials?: string;
  /**
   * Whether to clone submodules too.
   * @default false
   */
  readonly includeSubmodules?: boolean;
}

/** Options of {@link PullStep.pipInstallRequirements}. */
export interface PipInstallPullStepOptions extends PullStepOptions {
  /**
   * The requirements file.
   * @default "requirements.txt"
   */
  readonly requirementsFile?: string;
  /**
   * Directory the file is in.
   * @default - the working directory
   */
  readonly directory?: string;
  /**
   * Whether to stream pip's output to the flow run logs.
   * @default true
   */
  readonly streamOutput?: boolean;
}

/** Options of {@link PullStep.runShellScript}. */
export interface ShellScriptPullStepOptions extends PullStepOptions {
  /** The script. */
  readonly script: string;
  /**
   * Directory to run it in.
   * @default - the working directory
   */
  readonly directory?: string;
  /**
   * Environment variables for the script (no secrets: they are stored in plain text).
   * @default - none
   */
  readonly env?: Record<string, string>;
  /**
   * Whether to stream the script's output to the flow run logs.
   * @default true
   */
  readonly streamOutput?: boolean;
  /**
   * Whether to expand `$VARS` in the script.
   * @default false
   */
  readonly expandEnvVars?: boolean;
}

/** Options of the object storage pull steps. */
export interface StoragePullStepOptions extends PullStepOptions {
  /**
   * Folder (prefix) inside the bucket or container; `""` is the root.
   * @default - the root
   */
  readonly folder?: string;
  /**
   * Credentials block reference, e.g. `{{ prefect.blocks.gcp-credentials.flows-reader }}`.
   * @default - the worker's ambient credentials
   */
  readonly credentials?: string;
}

/** Options of {@link PullStep.pullFromGcs} and {@link PullStep.pullFromS3}. */
export interface BucketPullStepOptions extends StoragePullStepOptions {
  /** The bucket name. */
  readonly bucket: string;
}

/** Options of {@link PullStep.pullFromAzureBlobStorage}. */
export interface AzurePullStepOptions extends StoragePullStepOptions {
  /** The blob container name. */
  readonly container: string;
}

const REPOSITORY = /^(https:\/\/[^\s/@:]+(:\d+)?\/\S+|git@[^\s:]+:\S+|ssh:\/\/\S+)$/;

/**
 * How a worker gets a deployment's code before running it: the seven step types the provider can express
 * (`prefect_deployment.pull_steps`). Values may use `{{ prefect.blocks.* }}`, `{{ prefect.variables.* }}` and
 * `{{ $ENV_VAR }}` templates: the worker resolves them, from its own environment for `$` ones, before each run
 * (`run_step` in `deployments/steps/core.py` of PrefectHQ/prefect).
 */
export class PullStep {
  /** Clones a git repository (`git_clone`). */
  public static gitClone(options: GitClonePullStepOptions): PullStep {
    const w = "PullStep.gitClone";
    nonEmpty(w, "repository", options.repository);
    if (!REPOSITORY.test(options.repository) && findTemplates(options.repository).length === 0) {
      throw new Error(`${w}: repository ${JSON.stringify(options.repository)} is not allowed (an https:// or git@host:path URL without credentials)`);
    }
    if (options.branch !== undefined) nonEmpty(w, "branch", options.branch);
    blockRef(w, "accessToken", options.accessToken, "secret");
    blockRef(w, "credentials", options.credentials, "github-credentials");
    return new PullStep(w, {
      type: "git_clone",
      repository: options.repository,
      branch: options.branch,
      accessToken: options.accessToken,
      credentials: options.credentials,
      includeSubmodules: options.includeSubmodules,
      requires: options.requires,
    });
  }

  /** Changes the working directory (`set_working_directory`). */
  public static setWorkingDirectory(directory: string, options: PullStepOptions = {}): PullStep {
    const w = "PullStep.setWorkingDirectory";
    nonEmpty(w, "directory", directory);
    return new PullStep(w, { type: "set_working_directory", directory, requires: options.requires });
  }

  /** Installs Python requirements (`pip_install_requirements`). */
  public static pipInstallRequirements(options: PipInstallPullStepOptions = {}): PullStep {
    const w = "PullStep.pipInstallRequirements";
    if (options.requirementsFile !== undefined) nonEmpty(w, "requirementsFile", options.requirementsFile);
    if (options.directory !== undefined) nonEmpty(w, "directory", options.directory);
    return new PullStep(w, {
      type: "pip_install_requirements",
      requirementsFile: options.requirementsFile,
      directory: options.directory,
      streamOutput: options.streamOutput,
      requires: options.requires,
    });
  }

  /** Runs a shell script (`run_shell_script`). */
  public static runShellScript(options: ShellScriptPullStepOptions): PullStep {
    const w = "PullStep.runShellScript";
    nonEmpty(w, "script", options.script);
    if (options.directory !== undefined) nonEmpty(w, "directory", options.directory);
    for (const key of Object.keys(options.env ?? {})) {
      if (!IDENTIFIER.test(key)) {
        throw new Error(`${w}: env name ${JSON.stringify(key)} is not allowed (letters, digits and '_', not starting with a digit)`);
      }
    }
    return new PullStep(w, {
      type: "run_shell_script",
      script: options.script,
      directory: options.directory,
      env: options.env,
      streamOutput: options.streamOutput,
      expandEnvVars: options.expandEnvVars,
      requires: options.requires,
    });
  }

  /** Downloads the code from Google Cloud Storage (`pull_from_gcs`, needs `prefect-gcp` on the worker). */
  public static pullFromGcs(options: BucketPullStepOptions): PullStep {
    return PullStep.bucket("PullStep.pullFromGcs", "pull_from_gcs", options, "gcp-credentials");
  }

  /** Downloads the code from Amazon S3 (`pull_from_s3`, needs `prefect-aws` on the worker). */
  public static pullFromS3(options: BucketPullStepOptions): PullStep {
    return PullStep.bucket("PullStep.pullFromS3", "pull_from_s3", options, "aws-credentials");
  }

  /** Downloads the code from Azure Blob Storage (`pull_from_azure_blob_storage`, needs `prefect-azure`). */
  public static pullFromAzureBlobStorage(options: AzurePullStepOptions): PullStep {
    const w = "PullStep.pullFromAzureBlobStorage";
    nonEmpty(w, "container", options.container);
    folder(w, options.folder);
    blockRef(w, "credentials", options.credentials, "azure-blob-storage-credentials");
    return new PullStep(w, {
      type: "pull_from_azure_blob_storage",
      container: options.container,
      folder: options.folder,
      credentials: options.credentials,
      requires: options.requires,
    });
  }

  private static bucket(w: string, type: string, options: BucketPullStepOptions, blockType: string): PullStep {
    nonEmpty(w, "bucket", options.bucket);
    folder(w, options.folder);
    blockRef(w, "credentials", options.credentials, blockType);
    return new PullStep(w, { type, bucket: options.bucket, folder: options.folder, credentials: options.credentials, requires: options.requires });
  }

  private constructor(where: string, private readonly step: DeploymentPullSteps) {
    if (step.requires !== undefined) nonEmpty(where, "requires", step.requires);
    // Step outputs (`{{ clone.directory }}`) need the step `id`, which the provider cannot store.
    for (const [field, value] of Object.entries(step)) {
      const texts = typeof value === "string" ? [value] : value && typeof value === "object" ? Object.values(value) : [];
      for (const text of texts.filter((t): t is string => typeof t === "string")) {
        for (const ref of findTemplates(text)) {
          if (ref.kind === "step-output") {
            throw new Error(
              `${where}: ${field} uses the template {{ ${ref.expression} }}, which refers to a step output; steps written by Terraform have no ids (only {{ prefect.blocks.* }}, {{ prefect.variables.* }} and {{ $ENV_VAR }} work here)`,
            );
          }
        }
      }
    }
  }

  /** The step type, e.g. `git_clone`. */
  public get type(): string {
    return this.step.type;
  }

  /** @internal */
  public _render(): DeploymentPullSteps {
    return this.step;
  }
}

function nonEmpty(where: string, field: string, value: string): void {
  if (typeof value !== "string" || value.trim().length === 0) {
    throw new Error(`${where}: ${field} ${JSON.stringify(value)} is not allowed (must be a non-empty string)`);
  }
}

/** A folder may be `""` (the bucket's root: Prefect's storage steps take the folder as a prefix), not blank. */
function folder(where: string, value: string | undefined): void {
  if (value === undefined || value === "") return;
  nonEmpty(where, "folder", value);
}

function blockRef(where: string, field: string, value: string | undefined, example: string): void {
  if (value === undefined) return;
  if (!isBlockReference(value)) {
    throw new Error(
      `${where}: ${field} must be a block reference such as "{{ prefect.blocks.${example}.<name> }}" (a literal value would be stored in cdk.tf.json and state)`,
    );
  }
}
