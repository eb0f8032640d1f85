import type { DiagramEntry } from './diagram-schema'
import { z } from 'zod'

/** What a sidecar file may say about its article's deck, field by field (`diagrams` is checked entry by entry). */
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
  /** Diagrams placed on sections or in place of images. */
  diagrams?: DiagramEntry[]
}

/** Every field a sidecar may have. */
export const SIDECAR_KEYS = [...Object.keys(sidecarFields), 'diagrams']
