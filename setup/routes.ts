import { defineRoutesSetup } from '@slidev/types'

/** Name of Slidev's presenter route (`/presenter/:no`), whose page we replace. */
const PRESENTER_ROUTE = 'presenter'

/**
 * Shows our presenter page (`presenter/PresenterPage.vue`) on Slidev's presenter route:
 * the same URL, the same shared state, our layout, timer, pace and notes.
 */
export default defineRoutesSetup((routes) => {
  const presenter = routes.find(route => route.name === PRESENTER_ROUTE)
  if (presenter && 'component' in presenter && presenter.component)
    presenter.component = () => import('./presenter/PresenterPage.vue')
  return routes
})
