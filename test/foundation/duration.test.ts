// Duration: whole milliseconds, read out in the unit each setting takes; seconds only when the value has no fraction.
import { Duration } from "../../src/core/duration";

test("every unit converts through milliseconds", () => {
  expect(Duration.millis(1500).toMillis()).toBe(1500);
  expect(Duration.seconds(1.5).toMillis()).toBe(1500);
  expect(Duration.minutes(2).toSeconds()).toBe(120);
  expect(Duration.hours(36).toDays()).toBe(1.5);
  expect(Duration.days(30).toHours()).toBe(720);
});

test("toSeconds refuses a fraction of a second instead of rounding it", () => {
  expect(Duration.seconds(3).isWholeSeconds()).toBe(true);
  expect(Duration.millis(1500).isWholeSeconds()).toBe(false);
  expect(() => Duration.millis(1500).toSeconds()).toThrow("Duration: 1500 milliseconds is not a whole number of seconds");
});

test("refuses negative, infinite and sub-millisecond amounts", () => {
  expect(() => Duration.seconds(-1)).toThrow("Duration.seconds: -1 is not a non-negative whole number of milliseconds");
  expect(() => Duration.millis(0.5)).toThrow("Duration.millis: 0.5 is not a non-negative whole number of milliseconds");
  expect(() => Duration.days(Infinity)).toThrow("Duration.days: Infinity is not a non-negative whole number of milliseconds");
});

test("Go durations for Terraform's timeadd() in the coarsest exact unit, milliseconds included", () => {
  expect([Duration.days(30), Duration.minutes(90), Duration.seconds(90), Duration.millis(1500)].map((d) => d.toGoDuration())).toEqual(["720h", "90m", "90s", "1500ms"]);
});

test("reads as written", () => {
  expect([Duration.days(1), Duration.hours(24), Duration.millis(100), Duration.millis(1)].map(String)).toEqual(["1 day", "24 hours", "100 milliseconds", "1 millisecond"]);
  expect(String(Duration.seconds(1).plus(Duration.millis(500)))).toBe("1500 milliseconds");
  expect(String(Duration.hours(1).plus(Duration.minutes(30)))).toBe("5400 seconds");
});
