// The password path: two alternating passwords, each renewed by its own time_rotating, delivered into a Secret.
import { Duration } from "../../src/core/duration";
import { entraSetup, find } from "./fixtures";

const DAY = 86400;

describe("EntraGateApplication passwords: rotated, overlapping, never output", () => {
  const { json } = entraSetup();
  const blueClock = find(json, "time_rotating", "OrdersEntra_Caller-legacy_BlueRotation_").name;
  const greenClock = find(json, "time_rotating", "OrdersEntra_Caller-legacy_GreenRotation_").name;
  const blue = find(json, "azuread_application_password", "OrdersEntra_Caller-legacy_BluePassword_");
  const green = find(json, "azuread_application_password", "OrdersEntra_Caller-legacy_GreenPassword_");
  const app = `\${azuread_application.${find(json, "azuread_application", "OrdersEntra_Caller-legacy_").name}.id}`;

  test("two passwords, each replaced when its own clock rotates (rotate_when_changed), created before the old one is deleted", () => {
    expect(blue.body).toEqual({
      application_id: app,
      display_name: "gate-blue",
      rotate_when_changed: { rotation: `\${time_rotating.${blueClock}.rfc3339}` },
      end_date: `\${timeadd(time_rotating.${blueClock}.rotation_rfc3339, "720h")}`,
      lifecycle: { create_before_destroy: true },
    });
    expect(green.body).toEqual({
      application_id: app,
      display_name: "gate-green",
      rotate_when_changed: { rotation: `\${time_rotating.${greenClock}.rfc3339}` },
      end_date: `\${timeadd(time_rotating.${greenClock}.rotation_rfc3339, "720h")}`,
      lifecycle: { create_before_destroy: true },
    });
  });

  test("each clock runs twice the period; Green starts one period before Blue on the first apply and keeps its start afterwards", () => {
    expect(json.resource.time_rotating[blueClock]).toEqual({ rotation_days: 60 });
    expect(json.resource.time_rotating[greenClock]).toEqual({
      rotation_days: 60,
      rfc3339:
        `\${(timecmp(timeadd(time_rotating.${blueClock}.rfc3339, "720h"), plantimestamp()) == 1) ` +
        `? timeadd(time_rotating.${blueClock}.rfc3339, "-720h") : plantimestamp()}`,
      lifecycle: { ignore_changes: ["rfc3339"] },
    });
  });

  test("each password goes into the caller's Secret as a write-only version bound to its own clock", () => {
    const secret = `\${google_secret_manager_secret.${Object.keys(json.resource.google_secret_manager_secret)[0]}.id}`;
    expect(Object.values(json.resource.google_secret_manager_secret_version)).toEqual([
      {
        secret,
        secret_data_wo: `\${azuread_application_password.${blue.name}.value}`,
        secret_data_wo_version: `\${time_rotating.${blueClock}.unix}`,
        lifecycle: { create_before_destroy: true },
        // Written after Green's on the first apply, so versions/latest starts with the longer-lived password.
        depends_on: [`google_secret_manager_secret_version.${Object.keys(json.resource.google_secret_manager_secret_version)[1]}`],
      },
      {
        secret,
        secret_data_wo: `\${azuread_application_password.${green.name}.value}`,
        secret_data_wo_version: `\${time_rotating.${greenClock}.unix}`,
        lifecycle: { create_before_destroy: true },
      },
    ]);
  });

  test("no output exists and a password value is only ever referenced by the Secret versions", () => {
    expect(json.output).toBeUndefined();
    const uses = JSON.stringify(json).match(/azuread_application_password\.[^.]+\.value/g) ?? [];
    expect(uses.sort()).toEqual([`azuread_application_password.${blue.name}.value`, `azuread_application_password.${green.name}.value`]);
  });
});

/**
 * Replays the synthesized schedule: time_rotating semantics (an expired clock is recreated at the apply, with its
 * configured start or the apply time), the Green start expression, rotate_when_changed and end_date, applied every
 * `applyEvery` for two years. Numbers come from cdk.tf.json, so a change to the configuration changes the outcome.
 */
function replay(every: Duration, applyEvery: number) {
  const { json } = entraSetup({}, every);
  const clock = (slot: string) => find(json, "time_rotating", `OrdersEntra_Caller-legacy_${slot}Rotation_`).body;
  const hours = (expr: string) => Number(/"(-?\d+)h"/.exec(expr)?.[1]) * 3600;
  const period = clock("Blue").rotation_days * DAY;
  expect(clock("Green").rotation_days * DAY).toBe(period);
  const stagger = hours(clock("Green").rfc3339);
  const endAfterDue = hours(find(json, "azuread_application_password", "OrdersEntra_Caller-legacy_BluePassword_").body.end_date);

  const versions = json.resource.google_secret_manager_secret_version;
  const blueVersion = Object.keys(versions).find((n) => n.includes("-legacy-blue_")) as string;
  const greenVersion = Object.keys(versions).find((n) => n.includes("-legacy-green_")) as string;
  const blueAfterGreen = (versions[blueVersion].depends_on ?? []).includes(`google_secret_manager_secret_version.${greenVersion}`);

  type Slot = { start: number; due: number; created: number; end: number };
  const slots: Record<string, Slot> = {};
  const make = (start: number, now: number): Slot => ({ start, due: start + period, created: now, end: start + period + endAfterDue });
  const deliveries: { at: number; previous?: Slot }[] = [];
  let latest: Slot | undefined;
  const lapses: number[] = [];
  const overlaps: number[] = [];
  for (let now = 0; now <= 730 * DAY; now += applyEvery) {
    const rotated: Record<string, Slot> = {};
    if (!slots.blue || now > slots.blue.due) rotated.blue = slots.blue = make(now, now);
    if (!slots.green || now > slots.green.due) {
      const start = slots.blue.start + stagger > now ? slots.blue.start - stagger : now;
      rotated.green = slots.green = make(start, now);
    }
    // Versions written in the same apply follow depends_on: the newest is the one that depends on the other.
    for (const s of blueAfterGreen ? [rotated.green, rotated.blue] : [rotated.blue, rotated.green]) {
      if (!s) continue;
      deliveries.push({ at: now, previous: latest });
      latest = s;
    }
    // Between this apply and the next: the secret's latest version must be a live password.
    if (!(latest && latest.created <= now && now + applyEvery <= latest.end)) lapses.push(now);
  }
  // How long the previously delivered password kept working after its successor arrived: until its own slot rotated.
  for (const d of deliveries.filter((x) => x.at > 0)) {
    const prev = d.previous as Slot;
    const replacedAt = Math.ceil((prev.due + 1) / applyEvery) * applyEvery;
    overlaps.push(Math.min(replacedAt, prev.end) - d.at);
  }
  return { lapses, minOverlap: Math.min(...overlaps), deliveries: deliveries.length };
}

describe("EntraGateApplication passwords: the overlap arithmetic over two years of applies", () => {
  test("daily applies, 30-day period: the secret always holds a live password, the previous one lasts about a period more", () => {
    const r = replay(Duration.days(30), DAY);
    expect(r.lapses).toEqual([]);
    expect(r.minOverlap).toBeGreaterThanOrEqual(29 * DAY);
    expect(r.deliveries).toBeGreaterThanOrEqual(24);
  });

  test("hourly applies, 1-day period: same guarantees, and the overlap is far longer than the gate's 5-minute caches", () => {
    const r = replay(Duration.days(1), 3600);
    expect(r.lapses).toEqual([]);
    expect(r.minOverlap).toBeGreaterThanOrEqual(23 * 3600);
    expect(r.minOverlap).toBeGreaterThan(300);
  });
});
