/**
 * The audit record as the gate writes it, read back from the proxy bundle: the log name and the JSON message template
 * of its MessageLogging policy, and the record's field names (the template rendered as Apigee renders message templates
 * and parsed as JSON). Tools and tests read the fields from here, not from a hand-kept list, so they follow the
 * generator. Pure: reads XML text only.
 */
import { attr, child, parseXml, text } from "../checks/xml";

/** A MessageLogging policy that writes to Cloud Logging. */
export interface AuditRecordShape {
  /** The policy name, e.g. `ML-Audit`. */
  readonly policy: string;
  /** `<CloudLogging><LogName>`. */
  readonly logName: string;
  /** `<Message contentType>`. */
  readonly contentType?: string;
  /** The `<Message>` template. */
  readonly template: string;
  /** The record's top-level field names in template order; undefined when the message is not a JSON object. */
  readonly fields?: readonly string[];
}

/** The template with every reference replaced by `value(reference)`, the rest literal (as Apigee renders it). */
export function renderTemplate(template: string, value: (reference: string) => string): string {
  return template.replace(/\{([^{}"\s]+)\}/g, (_, reference: string) => value(reference));
}

/** The audit record of one policy file, or undefined if it is not a MessageLogging policy writing to Cloud Logging. */
export function readAuditRecord(policyXml: string): AuditRecordShape | undefined {
  const parsed = parseXml(policyXml);
  if (parsed?.name !== "MessageLogging") return undefined;
  const cloud = child(parsed.node, "CloudLogging");
  const logName = text(child(cloud, "LogName"));
  const message = child(cloud, "Message");
  const template = text(message);
  if (cloud === undefined || logName === undefined || template === undefined) return undefined;
  return { policy: attr(parsed.node, "name") ?? "", logName, contentType: attr(message, "contentType"), template, fields: jsonFields(template) };
}

function jsonFields(template: string): string[] | undefined {
  try {
    const record: unknown = JSON.parse(renderTemplate(template, () => "x"));
    return record !== null && typeof record === "object" && !Array.isArray(record) ? Object.keys(record) : undefined;
  } catch {
    return undefined;
  }
}
