/**
 * The Google Cloud regions open to every customer, as Google lists them in "Cloud locations"
 * (cloud.google.com/about/locations) and Compute Engine's "Regions and zones" (cloud.google.com/compute/docs/regions-zones),
 * read in 2025. Google adds regions every year, so a name missing here is reported as a warning, never refused: check it
 * against `gcloud compute regions list` and the availability of Apigee, Secret Manager and Pub/Sub there. Sorted.
 */
export const KNOWN_GOOGLE_CLOUD_REGIONS: readonly string[] = [
  "africa-south1",
  "asia-east1",
  "asia-east2",
  "asia-northeast1",
  "asia-northeast2",
  "asia-northeast3",
  "asia-south1",
  "asia-south2",
  "asia-southeast1",
  "asia-southeast2",
  "asia-southeast3",
  "australia-southeast1",
  "australia-southeast2",
  "europe-central2",
  "europe-north1",
  "europe-north2",
  "europe-southwest1",
  "europe-west1",
  "europe-west10",
  "europe-west12",
  "europe-west2",
  "europe-west3",
  "europe-west4",
  "europe-west6",
  "europe-west8",
  "europe-west9",
  "me-central1",
  "me-central2",
  "me-west1",
  "northamerica-northeast1",
  "northamerica-northeast2",
  "northamerica-south1",
  "southamerica-east1",
  "southamerica-west1",
  "us-central1",
  "us-east1",
  "us-east4",
  "us-east5",
  "us-south1",
  "us-west1",
  "us-west2",
  "us-west3",
  "us-west4",
];

/**
 * The warning for a region name that has the right shape but is not in {@link KNOWN_GOOGLE_CLOUD_REGIONS} (a typo such
 * as `europe-west7`, or a region newer than this list), or undefined for a known region.
 */
export function unknownRegionWarning(field: string, region: string): string | undefined {
  if (KNOWN_GOOGLE_CLOUD_REGIONS.includes(region)) return undefined;
  return (
    `${field} ${JSON.stringify(region)} is not one of the Google Cloud regions this library knows (${KNOWN_GOOGLE_CLOUD_REGIONS.length} regions, ` +
    "from Google's 'Cloud locations' page): check the spelling, or, for a region newer than this list, that it exists (gcloud compute regions list)"
  );
}
