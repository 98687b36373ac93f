// What exists outside the stack Terraform is planning: objects other stacks of the same synthesized output define,
// as their providers would report them once applied. Data sources that look such objects up (a gate reading the
// administrator's audit sink) are answered from here, so a plan checks the two stacks against each other instead of
// against a fixture written to pass. Only what the stacks state literally is derived; a reference is resolved when it
// names a resource of the same stack whose id is built from literals.
"use strict";
const fs = require("fs");
const path = require("path");

/** Sinks (`google_logging_project_sink`) of every stack in `outdir`, by the id `data.google_logging_sink` reads. */
function worldFromSynthOutput(outdir) {
  const sinks = {};
  const stacksDir = path.join(outdir, "stacks");
  if (!fs.existsSync(stacksDir)) return { google_logging_sink: sinks };
  for (const stack of fs.readdirSync(stacksDir).sort()) {
    const file = path.join(stacksDir, stack, "cdk.tf.json");
    if (!fs.existsSync(file)) continue;
    const config = JSON.parse(fs.readFileSync(file, "utf8"));
    const defaultProject = firstProviderProject(config);
    for (const sink of Object.values(config.resource?.google_logging_project_sink ?? {})) {
      const project = typeof sink.project === "string" ? sink.project : defaultProject;
      if (!project || typeof sink.name !== "string") continue;
      sinks[`projects/${project}/sinks/${sink.name}`] = {
        name: sink.name,
        destination: resolveBucketIds(config, String(sink.destination ?? ""), defaultProject),
        filter: sink.filter ?? "",
        description: sink.description ?? "",
        disabled: sink.disabled === true,
        exclusions: Array.isArray(sink.exclusions) ? sink.exclusions : [],
        writer_identity: `serviceAccount:service-000000000000@gcp-sa-logging.iam.gserviceaccount.com`,
      };
    }
  }
  return { google_logging_sink: sinks };
}

function firstProviderProject(config) {
  const google = config.provider?.google;
  const first = Array.isArray(google) ? google[0] : google;
  return typeof first?.project === "string" ? first.project : undefined;
}

/** `${google_logging_project_bucket_config.<name>.id}` → `projects/<p>/locations/<l>/buckets/<id>`. */
function resolveBucketIds(config, text, defaultProject) {
  return text.replace(/\$\{google_logging_project_bucket_config\.([A-Za-z0-9_-]+)\.id\}/g, (whole, name) => {
    const bucket = config.resource?.google_logging_project_bucket_config?.[name];
    const project = typeof bucket?.project === "string" ? bucket.project : defaultProject;
    if (!bucket || !project || typeof bucket.location !== "string" || typeof bucket.bucket_id !== "string") return whole;
    return `projects/${project}/locations/${bucket.location}/buckets/${bucket.bucket_id}`;
  });
}

/** Reads a world file; a missing file is an empty world. */
function readWorld(file) {
  if (!file || !fs.existsSync(file)) return {};
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

module.exports = { worldFromSynthOutput, readWorld };
