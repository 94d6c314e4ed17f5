import { Activities } from './Activities'
import { ApiClients } from './ApiClients'
import { BilateralRelations } from './BilateralRelations'
import { Categories } from './Categories'
import { Courses } from './Courses'
import { Media } from './Media'
import { News } from './News'
import { People } from './People'
import { Users } from './Users'
import { WebhookDeliveries } from './WebhookDeliveries'
import { Webhooks } from './Webhooks'
import { WorkflowEvents } from './WorkflowEvents'

/** Every collection, in the order the admin lists them within their groups. */
export const collections = [
  News,
  Activities,
  Courses,
  Categories,
  BilateralRelations,
  People,
  Media,
  Users,
  ApiClients,
  Webhooks,
  WebhookDeliveries,
  WorkflowEvents,
]

/**
 * The society's content beside the editorial collections (which always have it): deleted entries go
 * to the trash, from which editors can restore them.
 */
export const contentSlugs = [Categories, People, Media].map((collection) => collection.slug)
