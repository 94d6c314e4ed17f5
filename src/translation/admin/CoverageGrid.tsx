/**
 * The dashboard's coverage grid: for each collection and language, how many entries are up to
 * date, in progress, outdated and missing, each number a link to the list filtered to them.
 */
import type { Payload } from 'payload'

import { getTranslation } from '@payloadcms/translations'
import React from 'react'

import { isStaffUser } from '../../access'
import { editorialSlugs } from '../../content'
import { coverage, gridStatuses } from '../queue'
import { localeCodes, localeNames, translationStatusLabels, translationWords, wordsIn } from './words'

export async function CoverageGrid({
  payload,
  user,
  i18n,
}: {
  payload: Payload
  user?: unknown
  i18n: Parameters<typeof getTranslation>[1]
}) {
  if (!isStaffUser(user)) return null
  const say = wordsIn(i18n.language)
  const grid = await coverage(payload)
  const admin = payload.config.routes.admin
  return (
    <section className="translation-coverage">
      <h2>{say(translationWords.coverage)}</h2>
      <div className="translation-coverage__scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{say(translationWords.collection)}</th>
              {localeCodes.map((code) => (
                <th scope="col" key={code}>
                  {say(localeNames[code])}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {editorialSlugs(payload.config).map((collection) => (
              <tr key={collection} data-collection={collection}>
                <th scope="row">{getTranslation(payload.collections[collection].config.labels.plural, i18n)}</th>
                {localeCodes.map((code) => (
                  <td key={code} data-locale={code}>
                    <ul>
                      {gridStatuses.map((status) => (
                        <li key={status} data-status={status}>
                          <a
                            href={`${admin}/collections/${collection}?locale=${code}&where[translationStatus.${code}][equals]=${status}`}
                          >
                            {say(translationStatusLabels[status])}: <bdi>{grid[collection]?.[code][status] ?? 0}</bdi>
                          </a>
                        </li>
                      ))}
                    </ul>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
