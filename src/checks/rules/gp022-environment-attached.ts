// An Apigee environment serves traffic only when it is attached to a runtime instance; one defined without an
// attachment deploys proxies that no request ever reaches.
import { Rule } from "../model";
import { references, resourcesOfType } from "../terraform-model";
import { fail, pass } from "./helpers";

export const GP022: Rule = {
  id: "GP022",
  level: "warning",
  core: false,
  title: "every environment the stack defines is attached to an Apigee instance",
  fix: "set the pipeline's apigee.instanceName (or call environment.attachToInstance), or use an existing environment (apigee.existingEnvironment)",
  check(input) {
    const environments = resourcesOfType(input.config, "google_apigee_environment");
    if (environments.length === 0) return [pass("cdk.tf.json", "no environment defined in this stack")];
    const attachments = resourcesOfType(input.config, "google_apigee_instance_attachment");
    return environments.map((env) => {
      const attached = attachments.filter(
        (a) =>
          (typeof env.body.name === "string" && a.body.environment === env.body.name) ||
          references(a.body.environment).some((r) => !r.data && r.type === env.type && r.name === env.name),
      );
      return attached.length > 0
        ? pass(env.id, `attached to an instance by ${attached.map((a) => a.id).join(", ")}`)
        : fail(env.id, `environment ${JSON.stringify(env.body.name)} is attached to no instance, so the proxies deployed to it serve no traffic`);
    });
  },
};
