import antfu from '@antfu/eslint-config'

export default antfu({
  vue: true,
  typescript: true,
  markdown: false,
  ignores: ['slides.md', 'articles/**', 'exports/**', 'tests/fixtures/**', 'tests/.tmp/**', '**/.staging-*/**'],
}, {
  rules: {
    'no-console': 'error',
  },
})
