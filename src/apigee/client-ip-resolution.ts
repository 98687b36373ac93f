/**
 * How an Apigee environment resolves the caller's address (`client.ip`, and analytics' resolved client IP) from
 * `X-Forwarded-For`: the environment's `clientIpResolutionConfig`. Without it, Apigee falls back to its default
 * resolution, which a caller can influence with the header it sends; anything keyed by the address (a spike arrest per
 * client) is then keyed by a value the caller chooses.
 *
 * Only positions counted from the right are offered: proxies and load balancers append to the header, so the leftmost
 * entries are whatever the caller wrote.
 */
export class ClientIpResolution {
  /**
   * Behind a Google Cloud external Application Load Balancer (the usual Apigee X northbound path), which appends the
   * client's address and then its own to `X-Forwarded-For`: the client is the second entry from the right.
   */
  public static behindGoogleLoadBalancer(): ClientIpResolution {
    return new ClientIpResolution(2);
  }

  /**
   * The entry `fromRight` places from the right of `X-Forwarded-For` (1 = the last one appended): one more than the
   * number of trusted proxies that append after the one that saw the client.
   */
  public static xForwardedForFromRight(fromRight: number): ClientIpResolution {
    return new ClientIpResolution(fromRight);
  }

  private constructor(
    /** Position counted from the right, 1 = last. */
    public readonly fromRight: number,
  ) {
    if (!Number.isSafeInteger(fromRight) || fromRight < 1 || fromRight > MAX_FROM_RIGHT) {
      throw new Error(
        `ClientIpResolution: position ${fromRight} from the right is not allowed (a whole number from 1 to ${MAX_FROM_RIGHT}; entries counted from the left are caller-controlled)`,
      );
    }
  }

  /** The header Apigee reads the address from. */
  public get headerName(): string {
    return "X-Forwarded-For";
  }

  /** The environment's `ipHeaderIndex`: negative indices count from the right (-1 is the last entry). */
  public get ipHeaderIndex(): number {
    return -this.fromRight;
  }

  /** Same header and position. */
  public equals(other: ClientIpResolution): boolean {
    return other.fromRight === this.fromRight;
  }

  /** E.g. `X-Forwarded-For, 2nd entry from the right`, for messages. */
  public toString(): string {
    const n = this.fromRight;
    const suffix = n === 1 ? "st" : n === 2 ? "nd" : n === 3 ? "rd" : "th";
    return `${this.headerName}, ${n}${suffix} entry from the right`;
  }
}

const MAX_FROM_RIGHT = 10;
