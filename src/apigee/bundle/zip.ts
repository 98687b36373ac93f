/**
 * Deterministic zips: the same files give the same bytes on any machine, in any time zone, so a fresh checkout makes no
 * new proxy revision.
 * Every variable fflate exposes is pinned: entries sorted by path, no directory entries, STORE (no deflate, so no
 * zlib-version drift), Unix "made by" with mode 0644, no extra fields or comments, one fixed timestamp.
 */
import { createHash } from "crypto";
import { Zippable, zipSync } from "fflate";

/**
 * fflate writes the DOS date/time from the Date's LOCAL getters (getFullYear, getHours, ...). A Date built from
 * local components yields those same components back in every time zone, so the stored fields are always
 * 1980-01-01 00:00:00, the DOS epoch (what reproducible-build tools also use). A UTC instant would not.
 */
function fixedTimestamp(): Date {
  return new Date(1980, 0, 1, 0, 0, 0, 0);
}

/** Unix regular file, rw-r--r--, in the high 16 bits of the external attributes. */
const FILE_MODE_0644 = (0o100644 << 16) >>> 0;
/** "Version made by" host: 3 = Unix, so unzip tools read the mode from the external attributes. */
const OS_UNIX = 3;

/** A file to zip. */
export interface ZipEntry {
  readonly path: string;
  readonly content: string;
}

/** Zips `files` (UTF-8 text) deterministically; paths are sorted by code unit, duplicates are a bug. */
export function deterministicZip(files: readonly ZipEntry[]): Buffer {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const mtime = fixedTimestamp();
  const encoder = new TextEncoder();
  const input: Zippable = {};
  for (const f of sorted) {
    if (Object.prototype.hasOwnProperty.call(input, f.path)) throw new Error(`zip: duplicate entry ${JSON.stringify(f.path)}`);
    input[f.path] = [encoder.encode(f.content), { level: 0, mtime, os: OS_UNIX, attrs: FILE_MODE_0644 }];
  }
  const bytes = zipSync(input, { level: 0, mtime, os: OS_UNIX, attrs: FILE_MODE_0644 });
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** base64 of the raw MD5 digest, the form the google provider compares (`detect_md5hash`). */
export function md5Base64(bytes: Uint8Array): string {
  return createHash("md5").update(bytes).digest("base64");
}
