import { describe, expect, it } from 'vitest'
import { ridge } from '../../scripts/train/ridge'

/** Rows of a bias and two features, and labels made from known weights. */
const ROWS = [[1, 0, 1], [1, 1, 0], [1, 1, 1], [1, 2, 1], [1, 0, 3], [1, 3, 2]]
const label = (row: readonly number[]) => 0.5 + 2 * row[1]! - row[2]!

describe('ridge regression of the talk model\'s fit', () => {
  it('finds the weights that made the labels when nothing is penalised', () => {
    const weights = ridge(ROWS, ROWS.map(label), 0)
    expect(weights.map(weight => Number(weight.toFixed(6)))).toEqual([0.5, 2, -1])
  })

  it('shrinks the weights toward zero, all but the bias', () => {
    const free = ridge(ROWS, ROWS.map(label), 0)
    const held = ridge(ROWS, ROWS.map(label), 10)
    expect(Math.abs(held[1]!)).toBeLessThan(Math.abs(free[1]!))
    expect(Math.abs(held[2]!)).toBeLessThan(Math.abs(free[2]!))
    // With the weights held near zero, the bias moves toward the labels' mean.
    const mean = ROWS.map(label).reduce((a, b) => a + b, 0) / ROWS.length
    expect(Math.abs(held[0]! - mean)).toBeLessThan(Math.abs(free[0]! - mean))
  })
})
