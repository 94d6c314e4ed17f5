import { withPayload } from '@payloadcms/next/withPayload'

/**
 * Payload and the database adapters stay outside Next's server bundle, so the express server
 * (src/server.ts) and Next's route handlers share one Payload instance and one connection pool.
 */
/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: [
    'payload',
    '@payloadcms/db-mongodb',
    '@payloadcms/db-sqlite',
    '@payloadcms/drizzle',
    '@payloadcms/graphql',
    'mongodb',
    'mongoose',
  ],
  // No X-Powered-By (Payload adds its own unless this is off).
  poweredByHeader: false,
  // The express server in front compresses (brotli or gzip, src/server.ts); Next would gzip only.
  compress: false,
  // The whole project is type-checked by `npm run typecheck` (tsc) in CI; not twice.
  typescript: { ignoreBuildErrors: true },
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
