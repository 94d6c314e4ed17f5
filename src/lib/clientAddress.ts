/**
 * The address of the client a request came from, as the server saw it (express, after its
 * `trust proxy` setting), carried to the Fetch handlers in a header the server always overwrites,
 * so that a client cannot choose it.
 */
export const CLIENT_ADDRESS_HEADER = 'x-eafs-client-address'

export const clientAddressOf = (headers: Headers): string | null => headers.get(CLIENT_ADDRESS_HEADER)
