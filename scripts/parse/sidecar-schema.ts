import { z } from 'zod'

/** What a sidecar file may say about its article's deck. Later stages add fields here. */
export const sidecarFields = {
  title: z.string().trim().min(1),
  subtitle: z.string().trim().min(1),
  author: z.string().trim().min(1),
}

/** A validated sidecar: every field optional. */
export interface Sidecar {
  title?: string
  subtitle?: string
  author?: string
}
