import { describe, expect, it } from 'vitest'
import { parseMarkdown } from '../../../scripts/parse/parse-markdown'
import { detectArrowChain, detectFormulaChain } from '../../../scripts/plan/diagrams/detect-flow-chain'
import { detectStepFlow } from '../../../scripts/plan/diagrams/detect-step-flow'

describe('detectFormulaChain', () => {
  it('turns a sum of three or more terms into steps, with = as the result', () => {
    expect(detectFormulaChain('自回归语言模型+充分无监督训练+大量代码训练+有监督指令微调+RLHF')?.steps.map(step => step.label)).toEqual(['自回归语言模型', '充分无监督训练', '大量代码训练', '有监督指令微调', 'RLHF'])
    expect(detectFormulaChain('\\text{数据} + \\text{算力} + \\text{算法} = \\text{大模型}')).toEqual({ operator: 'plus', steps: [{ label: '数据' }, { label: '算力' }, { label: '算法' }], result: { label: '大模型' } })
  })

  it('leaves two-term and non-sum formulas alone', () => {
    expect(detectFormulaChain('a + b')).toBeUndefined()
    expect(detectFormulaChain('\\frac{a+b+c}{2}')).toBeUndefined()
  })
})

describe('detectArrowChain', () => {
  it('finds A → B → C in a sentence', () => {
    expect(detectArrowChain('演进路线：GPT-3 -> Codex -> InstructGPT -> ChatGPT。')?.steps.map(step => step.label)).toEqual(['GPT-3', 'Codex', 'InstructGPT', 'ChatGPT'])
    expect(detectArrowChain('A → B only.')).toBeUndefined()
  })
})

describe('detectStepFlow', () => {
  const list = (markdown: string) => parseMarkdown(markdown).children[0] as never

  it('turns a short numbered list of steps into a flow when its lead-in calls them steps', () => {
    expect(detectStepFlow(list('1. 收集数据\n2. 清理数据\n3. 分析数据\n'), '分析的步骤如下：')?.steps.map(step => step.label)).toEqual(['收集数据', '清理数据', '分析数据'])
    expect(detectStepFlow(list('1. **Plan**: list the tasks.\n2. **Build** - write the code.\n3. **Ship**: release it.\n'), 'Our release process:')?.steps.map(step => step.label)).toEqual(['Plan', 'Build', 'Ship'])
  })

  it('does not take a bold word that begins a sentence for a step\'s name', () => {
    expect(detectStepFlow(list('1. **Calling** the Chat Completions API with a list of your functions.\n2. **Reading** the model\'s response to perform an action.\n3. **Making** another call to the API with the result.\n'), 'The steps are:')).toBeUndefined()
  })

  it('leaves bullets, long items and quiz choices alone', () => {
    expect(detectStepFlow(list('- 收集数据\n- 清理数据\n- 分析数据\n'), '步骤：')).toBeUndefined()
    expect(detectStepFlow(list('1. 模型不是越大越好，论参数，GPT-3的1750亿不是参数最大的模型\n2. b\n3. c\n'), '步骤：')).toBeUndefined()
    expect(detectStepFlow(list('1. 教 LLM 如何解决问题\n2. 教 LLM 发现错误\n3. 指导 LLM\n'), '显示 1 个正确答案和 2 个错误答案')).toBeUndefined()
  })
})
