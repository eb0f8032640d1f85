/**
 * The words the planner reads an article's text by, for one language: each list holds
 * regular-expression sources matched at the start of a clause (or, for fillers, anywhere
 * in it), whole words in Chinese and Japanese, ending at a word boundary in English. A new
 * language is one more pack: the compiler asks for every field.
 */
export interface LanguagePack {
  /** Connectives and discourse markers that tie a clause to the one before ("所以", "However,"): deleted at a point's start. */
  connectives: readonly string[]
  /** Pronouns and demonstratives that need the clause before to be understood ("它", "This"). */
  pronouns: readonly string[]
  /** Subordinating words: a clause they open needs a main clause after it ("因为", "because"). */
  subordinators: readonly string[]
  /** Markers that open an example ("比如", "For example"). */
  examples: readonly string[]
  /**
   * Subordinating words that open a purpose ("为了", "in order to"): a purpose frame that
   * only points back ("为了实现这一点，…", "To do this, …") may be left off the claim after
   * it, which says how. Empty where a purpose does not open its clause.
   */
  purposes: readonly string[]
  /**
   * Markers that, opening a paragraph, make all of it an example ("以智能恒温器为例，…",
   * "For example, …", "An example is…"): each sentence after walks on through the same
   * case, up to one that concludes from it or turns against it. Matched at the first
   * clause's start; never a marker that also compares ("like", "就像").
   */
  exampleOpeners: readonly string[]
  /** Connectives that add the next item of what the text lists ("此外", "最后", "Moreover,"): a sentence they open leaves the example before it. */
  additives: readonly string[]
  /** Markers that open an anecdote, a story of the author's own instead of the claim ("有一次", "One time I"). */
  anecdotes: readonly string[]
  /**
   * Ordinals that number the article's own points at a clause's start and stay part of it
   * ("其一就是…", "第二点是…"; English "First," is a connective, deleted): a point so numbered
   * is one of a series the audience should see whole.
   */
  ordinals: readonly string[]
  /**
   * What, anywhere in a clause, offers its subject as an illustration ("X就是一个很好的例子",
   * "X is a good example"): the clause, and in Chinese and Japanese the clauses that carry it
   * on, belong to the example. Never "X is an example of Y", which classifies X.
   */
  exampleNames: readonly string[]
  /**
   * What, anywhere in a clause, only spells out a name ("X是Y的简称", "X stands for Y"): a
   * gloss, which the speaker says in passing, not the claim its paragraph makes.
   */
  glosses: readonly string[]
  /**
   * What, ending a sentence, announces a set of things it does not name ("X有一些使用注意点",
   * "我们考虑两种方法", "Seaborn offers some neat ways to plot data"): a lead-in to the list or
   * the paragraphs after it, which say what the things are. Matched at the end of the
   * sentence's last clause; empty where the planner does not tell them apart. A negated one
   * ("never offer several ways to…", "不提供多种方式…") names no set: it is the claim.
   */
  announcements: readonly string[]
  /**
   * Names that open a clause as its subject but that the part-of-speech tagger reads as
   * another kind of word ("微软" as an adjective, so "微软开发了…" would read as a predicate
   * without its subject), matched at a clause's start. Empty where no tagger is used.
   */
  names: readonly string[]
  /**
   * What, in the paragraph that leads into a list, says the list outlines the lesson for
   * its reader ("In this lesson, you will learn:", "After completing this lesson you will
   * be able to:", "在本课程中，我们将学习："): a table of contents and goals the agenda
   * already gives, kept in the notes. Matched anywhere in the lead-in.
   */
  outlines: readonly string[]
  /**
   * Openings that narrate a step the author takes in front of the reader ("Let's define…",
   * "Now we instantiate…", "现在我们可以对…进行基准测试", a step told as an order: "Plot the
   * model's ROC"), read from a clause's start, after a leading phrase if any (its
   * connectives included): a walk-through, not a claim, so no point: the code it walks
   * through or the paragraph's other sentences show the step. Empty where the planner does
   * not tell them apart.
   */
  narration: readonly string[]
  /**
   * Words that, in lower case at a paragraph's start, go on with a sentence a display
   * formula or a figure broke ("where k is the curve's steepness", "with x the input"):
   * that first sentence is no point of its own. Matched case-sensitively. Empty where a
   * language marks no such start.
   */
  continuations: readonly string[]
  /** Phrases that say nothing of the claim ("我们知道", "as you can see"), anywhere in a clause. */
  fillers: readonly string[]
  /** Fillers that only stand at a clause's start and are deleted with what joins them to the claim ("好的", "let's"). */
  leadingFillers: readonly string[]
  /** Fillers that make their whole clause a filler: what follows them is no claim of its own ("本课", "you will learn"). */
  clauseFillers: readonly string[]
  /** What may stand before and after a leading filler and is deleted with it (`我们都知道的是`), as regular-expression sources. */
  fillerFrame: { before: string, after: string }
  /** Markers that announce the paragraph's conclusion ("所以", "therefore"). */
  conclusions: readonly string[]
  /** Words that, opening the clause after a comma, start a thought of its own ("但是", "but", "which"). */
  clauseBreaks: readonly string[]
  /**
   * Words that open a sentence turning against the one before it ("但是", "However,"): with
   * a conclusion, the turn of a paragraph, which carries its point.
   */
  contrasts: readonly string[]
  /**
   * Connectives that go on to the next step of what the sentence before described ("然后",
   * "接着"): in a language that leaves out a subject it repeats, a sentence they open with no
   * subject of its own ("然后在loop函数中编写处理代码") is the second half of the thought
   * the sentence before began. Empty where a sentence names its subject again.
   */
  sequels: readonly string[]
  /**
   * Instructions to the reader of the page, not claims of the talk ("点击这里", "请参考官方链接",
   * "Click the image", "check out this tutorial", "Learn more"): a point that opens with one
   * is no point.
   */
  instructions: readonly string[]
  /**
   * What opens a part of a clause its claim can do without and stay true: a reason, a
   * purpose, a list of examples ("because", "so that", "such as"). A point too long for
   * the budget may end before one. Never a condition or a means ("if", "when", "by"):
   * without it the claim would say something else.
   */
  droppableTails: readonly string[]
  /** What opens a credit line ("图片来源", "Image source:", "Infographic by"): never a point, its paragraph stays in the notes. */
  credits: readonly string[]
  /** Shapes of a definition ("X是指", "X refers to"). */
  definition: RegExp
  /** Words a point cannot end on: they promise more ("的", "because", "of"). */
  danglingEnd: RegExp
  /** Marks that end a clause within a sentence. */
  clauseMark: RegExp
  /**
   * Whether a run may end on a subordinate clause that its sentence goes on after ("…, if
   * it exists, …"): in English it may; in Chinese and Japanese the subordinate clause comes
   * before its main clause, so a run that stops after one ("…，如果还没贴上" of "…，如果还没贴上，
   * 请贴上") has lost its main clause (a reason at the sentence's end, "…，因为…。", is whole).
   */
  subordinateLast: boolean
  /**
   * Words that point back to what came before wherever they stand in a point's opening
   * clause ("this setting", "also", "这种", "NVIDIA也…"), or an attribute whose owner the
   * sentence leaves to the one before ("售价为35美元…", "重量只有…"): a point opening so leans on a
   * sentence the slide does not show (later clauses may point back within the point). Regular expressions, matched as words where the language has them.
   */
  backReferences: readonly string[]
  /**
   * Demonstratives that stand before the noun they name, at a lead-in's start ("This
   * conflict", "The above strategy", "这种冲突"), as regular-expression sources: beside the
   * code it introduces, such a lead-in names what the code shows. Empty where they are not
   * told apart from pronouns.
   */
  demonstratives: readonly string[]
  /**
   * Demonstratives that, before a noun at the start of a section's first sentence, name
   * what the section's heading names ("这种提示风格非常简单", "This technique needs…"): under
   * that heading, the slide's title, the sentence reads alone. Never one that points further
   * back ("上述", "the above", "such").
   */
  headingReferents: readonly string[]
  /** Words that deny or correct what was just said ("not", "wrong", "片面", "并非"): a run never ends before a clause that holds one and points back at it. */
  negations: readonly string[]
  /**
   * Definite articles ("the"): a sentence opening with one and a common noun the sentence
   * before it named ("…the `required-environments` setting… The setting accepts…") leans on
   * that sentence. Empty for languages without them.
   */
  definiteArticles: readonly string[]
  /**
   * What opens a sentence that explains the listing just before it ("上面代码中", "In the
   * code above", "This snippet"): beside that listing it names what the slide shows, and
   * a point may open with it.
   */
  codeReferences: readonly string[]
  /** Words that point ahead to what follows ("下面的代码", "the following", "here is"): a sentence holding one leads into the code, table or figure after it. */
  forwardReferences: readonly string[]
  /** Words that point at a figure on the page ("下图展示了…", "the figure below shows…"): a point holding one is shown only beside a figure. */
  figureReferences: readonly string[]
  /** Labels, matched whole, that say the code block after them is what a program printed ("Output", "运行结果"): a long one stays in the notes. */
  outputLabels: readonly string[]
  /** Where a marker of this language ends: '' where words run on (Chinese, Japanese), a lookahead for a word's end in English. */
  wordEnd: string
  /** Whether markers match without regard to case. */
  ignoreCase: boolean
  /** Section titles, matched whole (numbering, marks and emoji around them left out). */
  sectionTitles: {
    /** The article's own summary (小结, Summary): a summary slide with a mind map. */
    summary: readonly string[]
    /** Questions left to the reader (思考题, Questions): the closing slide asks them. */
    questions: readonly string[]
    /**
     * Parts written for the reader of the page, not the audience of a talk: quizzes,
     * assignments and challenges, self-study and further reading, references, credits,
     * licences and disclaimers, changelogs, tables of contents, promotion. They stay in
     * the notes.
     */
    reader: readonly string[]
    /**
     * Answers to what a part before asks of the reader (解决方案, Solution, 参考答案): right
     * after a part for the reader, an answers part is one too. Anywhere else it is the
     * article's own content (a design doc's "Solution").
     */
    answers: readonly string[]
  }
}
