// Public keys only (no private members): what a caller publishes for private_key_jwt. Not secrets.
import { ClientPublicKey, PublicJwk } from "../../src/okta";

export const RSA_JWK: PublicJwk = {
  kty: "RSA",
  kid: "deployer-2026-11",
  n:
    "mStHkLNIqFIGypnRIbE9nXyo-KchFMzyXRouh1Rxfi41_1hqL1gWJIgURyifJls5Bh2egEWsElxgZma3MG4_lB_lCooex6HeZWuMxUFLC1BT3OC-stZm8UDGBADGpRqJF_6OnMBk" +
    "r59P1gZ_WKcjVXK_-gmBgTT00YBValpF7P7iOco_kqi2-ZYTu18L-MC1X0mvRQ0Ialk6L3Nfoqhvt2RVTOobFYGsqSS8LRYeOgBEFEPmmZeMf_gjQvrNzLtpsrhi22WxKIjBWmY-zyRhuQsJ" +
    "7abagPC_4l6oDjVUFpF1PkFfyQFrepETf1NVEpquagR__XR7TfHojP2VzlvpTQ",
  e: "AQAB",
};

export const EC_JWK = {
  kid: "agent-p256",
  crv: "P-256",
  x: "honPQ0GRAkK0qyGDbE3-crMYj4W1zCbSrffQqghfJgI",
  y: "SDzgQZnORskMTuIfpv824HNtg6UmrOqS5R_znyJ3Aec",
};

export const rsaKey = () => ClientPublicKey.fromJwk(RSA_JWK);
export const ecKey = () => ClientPublicKey.ec(EC_JWK);
