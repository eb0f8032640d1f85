/** Solves (XᵀX + λI) w = Xᵀy by Gaussian elimination: ridge regression, the first column (the bias) not penalised. */
export function ridge(x: readonly number[][], y: readonly number[], lambda: number): number[] {
  const n = x[0]!.length
  const a = Array.from({ length: n }, (_, i) => Array.from({ length: n + 1 }, (_, j) => {
    if (j === n)
      return x.reduce((sum, row, k) => sum + row[i]! * y[k]!, 0)
    return x.reduce((sum, row) => sum + row[i]! * row[j]!, 0) + (i === j && i > 0 ? lambda : 0)
  }))
  for (let col = 0; col < n; col++) {
    const pivot = a.slice(col).reduce((best, row, k) => (Math.abs(row[col]!) > Math.abs(a[best]![col]!) ? col + k : best), col)
    ;[a[col], a[pivot]] = [a[pivot]!, a[col]!]
    for (let row = 0; row < n; row++) {
      if (row === col || a[col]![col] === 0)
        continue
      const factor = a[row]![col]! / a[col]![col]!
      for (let k = col; k <= n; k++)
        a[row]![k]! -= factor * a[col]![k]!
    }
  }
  return a.map((row, i) => (row[i] === 0 ? 0 : row[n]! / row[i]!))
}
