/**
 * Jest on Node 20 cannot load @openapi-contrib/json-schema-to-openapi-schema (a CommonJS module
 * that requires an ES module). payload-oapi uses it only to write OpenAPI 3.0, and this project
 * writes 3.1, so under Jest it stands in for an import that is never called. Node itself, Next.js
 * and the built server load the real module.
 */
module.exports = function jsonSchemaToOpenapiSchema() {
  throw new Error('OpenAPI 3.0 conversion is not used: the API is described in OpenAPI 3.1')
}
module.exports.default = module.exports
