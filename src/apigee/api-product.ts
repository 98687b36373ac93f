import { Construct, IConstruct } from "constructs";
import { APIGEE_PRODUCT_NAME } from "../core/rules";
import { ApigeeApiProduct } from "../internal/google";
import { Token } from "../internal/cdk";
import type { IApiProxy } from "./api-proxy";
import { IApigeeEnvironment } from "./environment";
import { IApigeeOrganization } from "./organization";
import { Quota } from "./quota";
import { attributeOf, checkName, environmentNameRef, sortedEntries } from "./validation";

/** HTTP methods an API product operation can allow. */
export enum HttpMethod {
  GET = "GET",
  POST = "POST",
  PUT = "PUT",
  PATCH = "PATCH",
  DELETE = "DELETE",
  HEAD = "HEAD",
  OPTIONS = "OPTIONS",
}

const METHODS: readonly string[] = Object.values(HttpMethod);

/** An Apigee API product: a named set of operations (and quotas) that developer apps subscribe to. */
export interface IApiProduct extends IConstruct {
  /** The organization the product belongs to. */
  readonly organization: IApigeeOrganization;
  /**
   * The product name, e.g. `nightly` (what developer apps list in `api_products`).
   * @attribute
   */
  readonly productName: string;
}

/** One operation of a product: a resource path of the proxy and the methods allowed on it. */
export interface ApiProductOperation {
  /** Resource path relative to the proxy's base path, e.g. `/deployments/orders-etl-nightly/runs`. */
  readonly resource: string;
  /** Methods allowed on the resource; at least one. */
  readonly methods: readonly HttpMethod[];
  /**
   * A quota for this operation alone (it replaces the product quota for this operation).
   * @default - the product quota, if any
   */
  readonly quota?: Quota;
}

/** Props of {@link ApiProduct}. */
export interface ApiProductProps {
  /** The organization to define the product in. */
  readonly organization: IApigeeOrganization;
  /**
   * Product name, ForceNew: 1-255 letters (either case), digits, `.`, `_`, `-`, `$`, `%` and spaces, as Apigee
   * documents it (the google provider accepts uppercase since 7.28; the stacks ask for >= 7.43).
   */
  readonly productName: string;
  /**
   * Display name.
   * @default - the product name
   */
  readonly displayName?: string;
  /**
   * Description.
   * @default - none
   */
  readonly description?: string;
  /** The proxy whose operations the product grants. */
  readonly apiProxy: IApiProxy;
  /** The operations granted; at least one. Resources must be unique within the product. */
  readonly operations: readonly ApiProductOperation[];
  /**
   * A quota shared by the product's operations (per app).
   * @default - no product quota
   */
  readonly quota?: Quota;
  /** Environments where the product is available; at least one. */
  readonly environments: readonly IApigeeEnvironment[];
  /**
   * OAuth scopes the product requires (only checked by OAuth policies; JWT scopes are checked by the gate).
   * @default - none
   */
  readonly scopes?: readonly string[];
  /**
   * Custom attributes (name → value), rendered sorted by name.
   * @default - none
   */
  readonly attributes?: Readonly<Record<string, string>>;
}

const RESOURCE = /^\/[A-Za-z0-9._~!$&'()*+,;=:@%/{}-]*$/;

/**
 * Defines an Apigee API product (`google_apigee_api_product`) with a `proxy` operation group: one operation config
 * per operation, so each can carry its own quota. Approval is `auto`: which callers get the product is decided in
 * code (developer apps), not by a manual approval step.
 */
export class ApiProduct extends Construct implements IApiProduct {
  /** An existing product, by name. Defines nothing. */
  public static fromProductName(scope: Construct, id: string, organization: IApigeeOrganization, productName: string): IApiProduct {
    checkName(`${scope.node.path}/${id}`, "productName", productName, APIGEE_PRODUCT_NAME);
    return new ProductReference(scope, id, organization, productName);
  }

  public readonly organization: IApigeeOrganization;
  public readonly productName: string;
  /** The product quota, if any. */
  public readonly quota?: Quota;
  /** The underlying `google_apigee_api_product`. */
  public readonly resource: ApigeeApiProduct;

  public constructor(scope: Construct, id: string, props: ApiProductProps) {
    super(scope, id);
    const path = this.node.path;
    checkName(path, "productName", props.productName, APIGEE_PRODUCT_NAME);
    if (props.operations.length === 0) {
      throw new Error(`${path}: operations is empty (a product needs at least one operation)`);
    }
    if (props.environments.length === 0) {
      throw new Error(`${path}: environments is empty (a product needs at least one environment)`);
    }
    const resources = new Set<string>();
    for (const op of props.operations) {
      if (!Token.isUnresolved(op.resource)) {
        if (!RESOURCE.test(op.resource)) {
          throw new Error(`${path}: operation resource ${JSON.stringify(op.resource)} is not allowed (a path starting with '/')`);
        }
        if (resources.has(op.resource)) {
          throw new Error(`${path}: operation resource ${JSON.stringify(op.resource)} is listed twice`);
        }
        resources.add(op.resource);
      }
      if (op.methods.length === 0) {
        throw new Error(`${path}: operation ${JSON.stringify(op.resource)} has no methods (give at least one of ${METHODS.join(", ")})`);
      }
      for (const m of op.methods) {
        if (!METHODS.includes(m)) {
          throw new Error(`${path}: operation ${JSON.stringify(op.resource)} method ${JSON.stringify(m)} is not allowed (one of ${METHODS.join(", ")})`);
        }
      }
    }
    this.organization = props.organization;
    this.productName = props.productName;
    this.quota = props.quota;
    const productQuota = props.quota?.render();
    const attributes = sortedEntries(props.attributes);
    const proxyName = attributeOf(props.apiProxy, "name", props.apiProxy.proxyName);
    this.resource = new ApigeeApiProduct(this, "Resource", {
      orgId: props.organization.organizationId,
      name: props.productName,
      displayName: props.displayName ?? props.productName,
      description: props.description,
      approvalType: "auto",
      // References: Terraform creates the environments and the proxy before the product that names them.
      environments: props.environments.map(environmentNameRef),
      scopes: props.scopes ? [...props.scopes] : undefined,
      quota: productQuota?.limit,
      quotaInterval: productQuota?.interval,
      quotaTimeUnit: productQuota?.timeUnit,
      attributes: attributes.length > 0 ? attributes : undefined,
      operationGroup: {
        operationConfigType: "proxy",
        operationConfigs: props.operations.map((op) => ({
          apiSource: proxyName,
          operations: [{ resource: op.resource, methods: [...op.methods] }],
          quota: op.quota?.render(),
        })),
      },
    });
  }
}

class ProductReference extends Construct implements IApiProduct {
  public constructor(
    scope: Construct,
    id: string,
    public readonly organization: IApigeeOrganization,
    public readonly productName: string,
  ) {
    super(scope, id);
  }
}
