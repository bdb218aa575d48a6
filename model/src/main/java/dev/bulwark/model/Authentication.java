package dev.bulwark.model;

/** How the source of a flow proves who it is. */
public enum Authentication {
  @Doc("Not at all.")
  NONE,
  @Doc("A password sent with the request or at login.")
  PASSWORD,
  @Doc("A session cookie after login.")
  SESSION,
  @Doc("A bearer token (OAuth2, JWT).")
  TOKEN,
  @Doc("A static API key.")
  API_KEY,
  @Doc("A client certificate (mutual TLS).")
  MTLS,
  @Doc("A login with a second factor.")
  TWO_FACTOR;
}
