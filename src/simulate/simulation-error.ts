/**
 * Raised when the simulator cannot evaluate: the manifest or request is malformed, an issuer has no key set offline,
 * or a decision depends on a value only known at apply time that `set` does not supply. The CLI turns it into a
 * message on stderr and exit code 2; a refusal by the gate is never an error, it is a `Decision`.
 */
export class SimulationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SimulationError";
  }
}
