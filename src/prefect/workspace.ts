import { Construct, IConstruct } from "constructs";
import { checkRule, UUID } from "../core/rules";
import { DataPrefectWorkspace } from "../gen/providers/prefect/data-prefect-workspace";
import { Workspace } from "../gen/providers/prefect/workspace";
import { Token } from "../internal/cdk";

/** A Prefect Cloud workspace, defined in this stack or looked up. */
export interface IPrefectWorkspace extends IConstruct {
  /**
   * The workspace id (a UUID; a Terraform reference unless given literally).
   * @attribute
   */
  readonly workspaceId: string;
}

/** Props of {@link PrefectWorkspace}. */
export interface PrefectWorkspaceProps {
  /** The workspace handle, the slug in its URL: lowercase letters, digits and `-`. */
  readonly handle: string;
  /** The display name. */
  readonly name: string;
  /**
   * A description.
   * @default - none
   */
  readonly description?: string;
}

const HANDLE = /^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$/;
const HANDLE_RULE = "1-50 characters: lowercase letters, digits and '-', starting and ending with a letter or digit";

/**
 * A workspace reference that can be written before any construct exists, e.g. inside stack props
 * (`workspace: PrefectWorkspace.fromHandle("data-prod")`); whoever owns the scope binds it later, which looks the
 * workspace up once.
 */
export abstract class WorkspaceRef {
  /** Binds the reference: adds the lookup (if any) under `scope` as `id` and returns the workspace. */
  public abstract bind(scope: Construct, id: string): IPrefectWorkspace;
}

/**
 * A Prefect Cloud workspace (`prefect_workspace`), or a lookup of an existing one (`data.prefect_workspace`).
 *
 * Lookups come in two shapes: `fromHandle(scope, id, handle)` / `fromWorkspaceId(scope, id, workspaceId)` return an
 * `IPrefectWorkspace` at once (AWS CDK style); `fromHandle(handle)` / `fromWorkspaceId(workspaceId)` without a scope
 * return a {@link WorkspaceRef} for props that are written before a scope exists.
 */
export class PrefectWorkspace extends Construct implements IPrefectWorkspace {
  /** Looks up an existing workspace by handle now, under `scope`. */
  public static fromHandle(scope: Construct, id: string, handle: string): IPrefectWorkspace;
  /** A workspace to look up by handle once a scope binds it. */
  public static fromHandle(handle: string): WorkspaceRef;
  public static fromHandle(scopeOrHandle: Construct | string, id?: string, handle?: string): IPrefectWorkspace | WorkspaceRef {
    if (typeof scopeOrHandle === "string") {
      checkHandle("PrefectWorkspace.fromHandle", scopeOrHandle);
      const value = scopeOrHandle;
      return new (class extends WorkspaceRef {
        public bind(scope: Construct, bindId: string): IPrefectWorkspace {
          return lookup(scope, bindId, { handle: value });
        }
      })();
    }
    checkHandle(`${scopeOrHandle.node.path}/${id}`, handle!);
    return lookup(scopeOrHandle, id!, { handle: handle! });
  }

  /**
   * An existing workspace by id. The data source confirms at plan time that it exists and is reachable with the
   * provider's key.
   */
  public static fromWorkspaceId(scope: Construct, id: string, workspaceId: string): IPrefectWorkspace;
  /** A workspace to look up by id once a scope binds it. */
  public static fromWorkspaceId(workspaceId: string): WorkspaceRef;
  public static fromWorkspaceId(scopeOrId: Construct | string, id?: string, workspaceId?: string): IPrefectWorkspace | WorkspaceRef {
    if (typeof scopeOrId === "string") {
      checkUuid("PrefectWorkspace.fromWorkspaceId", scopeOrId);
      const value = scopeOrId;
      return new (class extends WorkspaceRef {
        public bind(scope: Construct, bindId: string): IPrefectWorkspace {
          return lookup(scope, bindId, { id: value });
        }
      })();
    }
    checkUuid(`${scopeOrId.node.path}/${id}`, workspaceId!);
    return lookup(scopeOrId, id!, { id: workspaceId! });
  }

  /** A workspace this stack defines, as a {@link WorkspaceRef} (binding returns it unchanged). */
  public static ref(workspace: IPrefectWorkspace): WorkspaceRef {
    return new (class extends WorkspaceRef {
      public bind(): IPrefectWorkspace {
        return workspace;
      }
    })();
  }

  public readonly workspaceId: string;
  /** The workspace handle. */
  public readonly handle: string;
  /** The underlying `prefect_workspace`. */
  public readonly resource: Workspace;

  public constructor(scope: Construct, id: string, props: PrefectWorkspaceProps) {
    super(scope, id);
    checkHandle(this.node.path, props.handle);
    if (!Token.isUnresolved(props.name) && props.name.trim().length === 0) {
      throw new Error(`${this.node.path}: name ${JSON.stringify(props.name)} is not allowed (must not be empty)`);
    }
    this.handle = props.handle;
    this.resource = new Workspace(this, "Resource", {
      handle: props.handle,
      name: props.name,
      description: props.description,
    });
    this.workspaceId = this.resource.id;
  }
}

class LookedUpWorkspace extends Construct implements IPrefectWorkspace {
  public readonly workspaceId: string;

  public constructor(scope: Construct, id: string, by: { handle?: string; id?: string }) {
    super(scope, id);
    const data = new DataPrefectWorkspace(this, "Lookup", by);
    // A literal id is already known; keeping it literal lets it appear in plans and manifests as is.
    this.workspaceId = by.id ?? data.id;
  }
}

function lookup(scope: Construct, id: string, by: { handle?: string; id?: string }): IPrefectWorkspace {
  return new LookedUpWorkspace(scope, id, by);
}

function checkHandle(where: string, handle: string): void {
  if (!Token.isUnresolved(handle) && !HANDLE.test(handle)) {
    throw new Error(`${where}: handle ${JSON.stringify(handle)} is not allowed (${HANDLE_RULE})`);
  }
}

function checkUuid(where: string, workspaceId: string): void {
  if (!Token.isUnresolved(workspaceId)) checkRule(where, "workspaceId", workspaceId, UUID);
}
