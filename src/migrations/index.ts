import * as migration_20261129_133153_initial from './20261129_133153_initial';
import * as migration_20261129_141447_content_model from './20261129_141447_content_model';
import * as migration_20261129_175823_platform_seo_plugin_email_language from './20261129_175823_platform_seo_plugin_email_language';
import * as migration_20261129_201956_editorial_workflow from './20261129_201956_editorial_workflow';
import * as migration_20261129_202100_workflow_published_content from './20261129_202100_workflow_published_content';
import * as migration_20261129_204048_workflow_scheduled_jobs from './20261129_204048_workflow_scheduled_jobs';
import * as migration_20261130_000530_translation_status_and_search from './20261130_000530_translation_status_and_search';
import * as migration_20261130_000600_translation_backfill from './20261130_000600_translation_backfill';
import * as migration_20261130_025245_graphql_safe_kinds from './20261130_025245_graphql_safe_kinds';
import * as migration_20261130_030639_api_clients from './20261130_030639_api_clients';
import * as migration_20261130_034827_webhooks from './20261130_034827_webhooks';
import * as migration_20261130_035727_timeline_position from './20261130_035727_timeline_position';
import * as migration_20261130_055822_cache_indexes from './20261130_055822_cache_indexes';
import * as migration_20261130_093259_hardening from './20261130_093259_hardening';
import * as migration_20261206_225011_slug_fixed from './20261206_225011_slug_fixed';
import * as migration_20261206_225100_slug_repair from './20261206_225100_slug_repair';

export const migrations = [
  {
    up: migration_20261129_133153_initial.up,
    down: migration_20261129_133153_initial.down,
    name: '20261129_133153_initial',
  },
  {
    up: migration_20261129_141447_content_model.up,
    down: migration_20261129_141447_content_model.down,
    name: '20261129_141447_content_model',
  },
  {
    up: migration_20261129_175823_platform_seo_plugin_email_language.up,
    down: migration_20261129_175823_platform_seo_plugin_email_language.down,
    name: '20261129_175823_platform_seo_plugin_email_language',
  },
  {
    up: migration_20261129_201956_editorial_workflow.up,
    down: migration_20261129_201956_editorial_workflow.down,
    name: '20261129_201956_editorial_workflow',
  },
  {
    up: migration_20261129_202100_workflow_published_content.up,
    down: migration_20261129_202100_workflow_published_content.down,
    name: '20261129_202100_workflow_published_content',
  },
  {
    up: migration_20261129_204048_workflow_scheduled_jobs.up,
    down: migration_20261129_204048_workflow_scheduled_jobs.down,
    name: '20261129_204048_workflow_scheduled_jobs',
  },
  {
    up: migration_20261130_000530_translation_status_and_search.up,
    down: migration_20261130_000530_translation_status_and_search.down,
    name: '20261130_000530_translation_status_and_search',
  },
  {
    up: migration_20261130_000600_translation_backfill.up,
    down: migration_20261130_000600_translation_backfill.down,
    name: '20261130_000600_translation_backfill',
  },
  {
    up: migration_20261130_025245_graphql_safe_kinds.up,
    down: migration_20261130_025245_graphql_safe_kinds.down,
    name: '20261130_025245_graphql_safe_kinds',
  },
  {
    up: migration_20261130_030639_api_clients.up,
    down: migration_20261130_030639_api_clients.down,
    name: '20261130_030639_api_clients',
  },
  {
    up: migration_20261130_034827_webhooks.up,
    down: migration_20261130_034827_webhooks.down,
    name: '20261130_034827_webhooks',
  },
  {
    up: migration_20261130_035727_timeline_position.up,
    down: migration_20261130_035727_timeline_position.down,
    name: '20261130_035727_timeline_position',
  },
  {
    up: migration_20261130_055822_cache_indexes.up,
    down: migration_20261130_055822_cache_indexes.down,
    name: '20261130_055822_cache_indexes',
  },
  {
    up: migration_20261130_093259_hardening.up,
    down: migration_20261130_093259_hardening.down,
    name: '20261130_093259_hardening',
  },
  {
    up: migration_20261206_225011_slug_fixed.up,
    down: migration_20261206_225011_slug_fixed.down,
    name: '20261206_225011_slug_fixed',
  },
  {
    up: migration_20261206_225100_slug_repair.up,
    down: migration_20261206_225100_slug_repair.down,
    name: '20261206_225100_slug_repair',
  },
];
