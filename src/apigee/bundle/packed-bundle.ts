/** A bundle rendered and zipped: what `google_apigee_api` / `google_apigee_sharedflow` upload. */
export interface PackedBundle {
  /** The zip's file name, `<bundle name>.zip`. */
  readonly fileName: string;
  /** The zip bytes; identical for identical bundles. */
  readonly zip: Buffer;
  /** base64(md5(zip)), as the google provider computes it for `detect_md5hash`. */
  readonly md5Base64: string;
  /** The rendered entries, sorted by path (paths start with `apiproxy/` or `sharedflowbundle/`). */
  readonly files: ReadonlyArray<{ readonly path: string; readonly content: string }>;
}
