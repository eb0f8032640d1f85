import type { Lang } from '../model/deck'

/**
 * The words that tell a paragraph's claim from what surrounds it, per language. Each is
 * a regular expression matched at the start of a clause (or, for fillers, anywhere in
 * it); Chinese and Japanese entries are whole words, English ones end at a word boundary.
 */
export interface PointMarkers {
  /** Connectives and discourse markers that tie a clause to the one before ("所以", "However,"). */
  connective: RegExp
  /** Pronouns and demonstratives that need the clause before to be understood ("它", "This"). */
  pronoun: RegExp
  /** Subordinating words: a clause they open needs a main clause after it ("因为", "because"). */
  subordinator: RegExp
  /** Markers that open an example ("比如", "For example"). */
  example: RegExp
  /** Phrases that say nothing of the claim ("我们知道", "as you can see"), anywhere. */
  filler: RegExp
  /** Fillers that stand at the start of a clause and can be deleted with what joins them to the claim. */
  leadingFiller: RegExp
  /** Markers that announce the paragraph's conclusion ("所以", "therefore"). */
  conclusion: RegExp
  /** Shapes of a definition ("X是指", "X refers to"). */
  definition: RegExp
  /** Words a point cannot end on: they promise more ("的", "because", "of"). */
  danglingEnd: RegExp
}

const ZH_CONNECTIVES = [
  '所以说',
  '所以',
  '因此',
  '因而',
  '于是',
  '但是',
  '但',
  '可是',
  '不过',
  '然而',
  '而且',
  '并且',
  '而是',
  '而',
  '并',
  '且',
  '那么',
  '那',
  '另外',
  '此外',
  '除此之外',
  '除此以外',
  '同时',
  '与此同时',
  '总之',
  '总而言之',
  '总的来说',
  '综上所述',
  '综上',
  '当然',
  '其实',
  '实际上',
  '事实上',
  '其中',
  '首先',
  '其次',
  '然后',
  '接着',
  '接下来',
  '最后',
  '最终',
  '后来',
  '再后来',
  '还有',
  '以及',
  '或者',
  '也就是说',
  '换句话说',
  '换言之',
  '也就是',
  '就是说',
  '即',
  '就是',
  '也',
  '就',
  '则',
  '从而',
  '进而',
  '可见',
  '显然',
  '再',
  '又',
  '还',
  '更',
  '更重要的是',
  '尤其是',
  '特别是',
  '甚至',
  '否则',
  '不然',
  '相反',
  '反之',
  '毕竟',
  '何况',
  '况且',
  '至于',
  '比较而言',
  '一方面',
  '另一方面',
]
const ZH_PRONOUNS = ['答案就是', '答案是', '有了?这', '[^，,]{0,12}(?:也一样|同样如此|也是如此|亦然)(?=[，,。]|$)', '这', '那个', '那些', '那种', '那样', '那时', '它', '他', '她', '其', '该', '此', '上述', '前者', '后者', '以上', '上面', '前面', '后面', '下面', '如下', '如上', '本身', '两者', '二者', '之', '后者']
const ZH_SUBORDINATORS = ['因为', '由于', '虽然', '尽管', '如果', '假如', '即使', '即便', '为了', '当', '随着', '只要', '只有', '除非', '无论', '不管', '一旦', '既然']
const ZH_EXAMPLES = ['比如说', '比如', '例如', '譬如', '举个例子', '举例来说', '举例', '举一个', '举个', '就像', '好比', '假如', '假设', '万一', '以[^，。,]{1,12}为例']
const ZH_FILLERS = ['我们知道', '大家知道', '大家都知道', '众所周知', '我们都知道', '说白了', '简单来说', '简单地说', '简单说', '通俗地说', '通俗来讲', '说到底', '应该知道', '应该清楚', '如图所示', '如下图', '如下所示', '如上图', '如上所述', '如前所述', '前面提到', '上面提到', '前文提到', '可以看到', '可以看出', '我们可以看到', '我们看到', '不难发现', '不难看出', '下面我们', '接下来我们', '(?:我们|大家)?(?:现在|再|先|一起)?来看(?:一下|看)?(?:这个问题)?', '看一下', '(?:我们)?(?:可以|再|来)?(?:简单)?总结一下', '正如(?:您|你|我们)?所(?:看到|见)的', '(?:您|你)可以看到', '到目前为止', '第[一二三四五六七八九十\\d]+章', '让我们', '我们一起', '一起来看', '值得一提的是', '顾名思义', '放眼望去', '给你讲解', '我们会放在', '我们分[两三四五几]', '下一篇', '下一章', '后面的章节', '大家好', '你可能会问', '有人会问']
const ZH_LEADING_FILLERS = ['好的', '好了', '那好', '嗯']
/** Fillers that make their whole clause a filler: what follows them is no claim of its own. */
const ZH_CLAUSE_FILLERS = ['看看', '您将从', '你将从', '我们已经看到', '我们将(?:在|会)?(?:下一|后面|接下来)', '不得不说', '不得不提', '本课程', '本课', '这节课', '这一课', '下节课', '下一节课', '本文', '本章', '本节', '这篇文章', '相信你', '相信大家', '请注意', '回顾一下', '看一个', '您将学习', '你将学习', '您将能够', '你将能够', '上一章', '前面的章节', '如下', '以下(?:内容|几|这些|步骤|响应|示例|代码|是)']
const ZH_CONCLUSIONS = ['所以说', '所以', '因此', '因而', '于是', '总之', '总而言之', '总的来说', '综上所述', '综上', '可见', '由此可见', '这说明', '这意味着', '结果', '最终']

const EN_CONNECTIVES = ['so', 'but', 'and', 'or', 'nor', 'yet', 'however', 'also', 'therefore', 'thus', 'hence', 'then', 'now', 'instead', 'finally', 'first', 'firstly', 'second', 'secondly', 'third', 'thirdly', 'next', 'lastly', 'still', 'besides', 'moreover', 'furthermore', 'additionally', 'in addition', 'in fact', 'in short', 'in other words', 'in general', 'in particular', 'that is', 'meanwhile', 'otherwise', 'similarly', 'likewise', 'as a result', 'as such', 'which', 'who', 'whose', 'whom', 'consequently', 'accordingly', 'indeed', 'anyway', 'of course', 'after all', 'after that', 'at the same time', 'on the other hand', 'on top of that', 'even so', 'that said', 'to do this', 'to do that', 'in this case', 'in that case', 'by doing so', 'in turn', 'again', 'plus', 'specifically', 'ultimately', 'overall', 'essentially', 'basically', 'actually', 'really', 'okay', 'ok', 'either', 'neither', 'rather', 'as well', 'too']
const EN_PRONOUNS = ['it', 'its', 'it\'s', 'they', 'them', 'their', 'theirs', 'this', 'that', 'these', 'those', 'he', 'she', 'his', 'her', 'him', 'such', 'there\'s', 'here', 'here\'s', 'both', 'former', 'latter', 'the former', 'the latter', 'the above', 'the following', 'above', 'below', 'one of them', 'some of them', 'all of them', 'other', 'others', 'same']
const EN_SUBORDINATORS = ['to', 'as', 'because', 'since', 'while', 'whereas', 'although', 'though', 'even though', 'even if', 'if', 'unless', 'until', 'once', 'when', 'whenever', 'where', 'wherever', 'whether', 'as long as', 'so that', 'in order to', 'after', 'before', 'as soon as', 'given that', 'provided that']
const EN_EXAMPLES = ['for example', 'for instance', 'e\\.g\\.', 'such as', 'like', 'say', 'imagine', 'suppose', 'let\'s say', 'as an example', 'to illustrate', 'an example', 'here\'s an example', 'example']
const EN_LEADING_FILLERS = ['as you can see', 'you can see that', 'let\'s', 'let us', 'let me', 'note that', 'notice that', 'keep in mind that', 'as mentioned', 'as we saw', 'as we\'ve seen', 'as we have seen', 'as discussed', 'it\'s worth noting that', 'it is worth noting that', 'of course', 'basically', 'actually', 'in this lesson', 'in this section', 'in this chapter', 'in this article', 'in this post', 'in this tutorial', 'for this lesson', 'for this section', 'we\'ll', 'we will', 'we are going to', 'we\'re going to']
const EN_FILLERS = [...EN_LEADING_FILLERS, 'you can see', 'here is', 'here are', 'here\'s', 'below is', 'below are', 'shown below', 'as follows', 'as shown', 'worth noting', 'keep in mind', 'you know', 'you\'ll learn', 'you will learn', 'take a look', 'look at the', 'look at how', 'look at why', 'look at what', 'a look at', 'the following', 'below', 'we need to see', 'let\'s see', 'see how', 'note how', 'notice how', 'so far', 'previous lesson', 'previous lessons', 'next lesson', 'this lesson will', 'great question', 'as you might expect', 'i think', 'i mean']
const EN_CONCLUSIONS = ['so', 'therefore', 'thus', 'hence', 'consequently', 'as a result', 'in short', 'in summary', 'to sum up', 'overall', 'ultimately', 'this means', 'that means', 'which means', 'the result is', 'the key is', 'the point is', 'in other words']

const JA_CONNECTIVES = ['そして', 'しかし', 'また', 'ただし', 'ただ', 'つまり', 'なお', 'さらに', 'そのため', 'そのために', 'したがって', '一方で', '一方', 'まず', '次に', '最後に', '実際に', '実際', 'ところが', 'とはいえ', 'だから', 'でも', 'それで', 'それでは', 'では', 'すなわち', 'なぜなら', 'ちなみに', 'それから', 'それに', 'でも', 'けれども', 'なので', 'ですから', 'それにより', 'これにより', 'その結果', '結果として', 'もちろん', '特に', '加えて', 'かつ', 'および', 'または', 'あるいは', 'むしろ', '逆に', '要するに', '言い換えれば', '例えば', 'たとえば']
const JA_PRONOUNS = ['これ', 'それ', 'あれ', 'この', 'その', 'あの', 'こう', 'そう', 'ああ', 'ここ', 'そこ', 'あそこ', 'こちら', 'そちら', '彼ら', '彼女', '彼', '前者', '後者', '上記', '以上', '同様', '両者']
const JA_SUBORDINATORS = ['もし', 'たとえ', 'なぜなら']
const JA_EXAMPLES = ['例えば', 'たとえば', '一例として', '例として', '仮に', 'もし']
const JA_FILLERS = ['見てみましょう', '見ていきましょう', '考えてみましょう', '考えていきましょう', '以下のとおり', '以下の通り', '次のとおり', '次の通り', '図のように', '図の通り', 'ご存知のとおり', 'ご存じのとおり', 'ご存知の通り', '簡単に言えば', '簡単に言うと', '言い換えれば', '要するに', '本記事', 'この記事', '本章', '本節']
const JA_CONCLUSIONS = ['つまり', 'したがって', 'そのため', 'だから', '要するに', 'このように', 'こうして', 'その結果', '結果として', '以上から']

function words(list: readonly string[]): string {
  return [...list].sort((a, b) => b.length - a.length).join('|')
}

/** Punctuation that may follow a leading marker. */
const JOIN = '[，,、：:\\s]*'
/** Where an English word ends: before a space, a comma or a colon, or at the end. */
const EN_END = '(?=[\\s,:;]|$)'

/** The markers of each language the planner knows. */
export const POINT_MARKERS: Record<Lang, PointMarkers> = {
  'zh-CN': {
    connective: new RegExp(`^(?:${words(ZH_CONNECTIVES)})${JOIN}`),
    pronoun: new RegExp(`^(?:${words(ZH_PRONOUNS)})`),
    example: new RegExp(`^(?:${words(ZH_EXAMPLES)})`),
    filler: new RegExp(words([...ZH_FILLERS, ...ZH_CLAUSE_FILLERS])),
    leadingFiller: new RegExp(`^(?:(?:我们|大家|你|您)?(?:都|也|应该|可以|不难|一起)?(?:${words([...ZH_FILLERS, ...ZH_LEADING_FILLERS])})(?:的是|了|一下)?)(?:[，,：:\\s]*)`),
    subordinator: new RegExp(`^(?:${words(ZH_SUBORDINATORS)})`),
    conclusion: new RegExp(`^(?:${words(ZH_CONCLUSIONS)})`),
    definition: /^.{1,20}?(?:是指|指的是|就是指|即是|定义为|称为|叫做|是一种|是一个|是一家|是一款|的简称|即|就是)/,
    danglingEnd: /(?:在于|就是|[是为时当而和与及把被将对从向让使地之其像即]|如下|包括|比如|例如|因为|由于|为了|对于|关于|通过|以及|或者|并且|而且|但是|所以|因此|如果|虽然|不仅|除了|其中|还有|那么)$/,
  },
  'en': {
    connective: new RegExp(`^(?:${words(EN_CONNECTIVES)})${EN_END}[,:]?\\s*`, 'i'),
    pronoun: new RegExp(`^(?:${words(EN_PRONOUNS)})${EN_END}`, 'i'),
    subordinator: new RegExp(`^(?:${words(EN_SUBORDINATORS)})${EN_END}`, 'i'),
    example: new RegExp(`^(?:${words(EN_EXAMPLES)})${EN_END}`, 'i'),
    filler: new RegExp(`(?<![\\w'])(?:${words(EN_FILLERS)})${EN_END}`, 'i'),
    leadingFiller: new RegExp(`^(?:${words(EN_LEADING_FILLERS)})${EN_END}[,:]?\\s*`, 'i'),
    conclusion: new RegExp(`^(?:${words(EN_CONCLUSIONS)})${EN_END}`, 'i'),
    definition: /^(?:[\w'’-]+\s){1,5}(?:is|are|refers to|means|is defined as|is called|stands for|describes)\s/i,
    danglingEnd: /\b(?:is|are|was|were|be|been|being|has|have|had|do|does|did|can|could|will|would|should|must|may|might|of|to|for|from|in|on|at|into|onto|with|without|by|about|as|than|and|or|nor|but|so|yet|the|a|an|this|that|these|those|its|their|our|your|my|which|who|whose|whom|where|when|while|because|since|if|unless|although|though|like|such as|including|via|per|between|among|through|over|under|using|use|used|make|makes|let|lets|e\.g|i\.e|vs|see|know|check|decide|determine|understand|ask|wonder|whether|how|what|why)$/i,
  },
  'ja': {
    connective: new RegExp(`^(?:${words(JA_CONNECTIVES)})${JOIN}`),
    pronoun: new RegExp(`^(?:${words(JA_PRONOUNS)})`),
    example: new RegExp(`^(?:${words(JA_EXAMPLES)})`),
    filler: new RegExp(words(JA_FILLERS)),
    leadingFiller: new RegExp(`^(?:${words(JA_FILLERS)})${JOIN}`),
    subordinator: new RegExp(`^(?:${words(JA_SUBORDINATORS)})`),
    conclusion: new RegExp(`^(?:${words(JA_CONCLUSIONS)})`),
    definition: /^.{1,20}?(?:とは|というのは|を指す|のことで|のこと|と呼ばれ|と呼ぶ)/,
    danglingEnd: /(?:[はがをにでともへのてしや]|から|まで|より|ため|ので|けれど|けど|など|ように|として|について|によって|および|または|かつ|つまり|例えば)$/,
  },
}
