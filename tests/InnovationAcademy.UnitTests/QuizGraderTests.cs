using InnovationAcademy.Quizzes.Models;
using InnovationAcademy.Quizzes.Services;
using Xunit;

namespace InnovationAcademy.UnitTests;

/// <summary>Every question type scored on the server, partial credit and forgiving comparisons included.</summary>
public sealed class QuizGraderTests
{
    [Fact]
    public void Single_choice_and_true_false_score_the_one_right_option()
    {
        var question = Choice(QuestionKind.SingleChoice, ("Lima", true), ("Cusco", false));
        Assert.Equal(1m, QuizGrader.Score(question, [Key(question, "Lima")]));
        Assert.Equal(0m, QuizGrader.Score(question, [Key(question, "Cusco")]));
        Assert.Equal(0m, QuizGrader.Score(question, [Key(question, "Lima"), Key(question, "Cusco")]));
        Assert.Equal(0m, QuizGrader.Score(question, []));

        var statement = Choice(QuestionKind.TrueFalse, ("true", false), ("false", true));
        Assert.Equal(1m, QuizGrader.Score(statement, [Key(statement, "false")]));
    }

    [Fact]
    public void Multiple_choice_is_all_or_nothing_unless_it_gives_partial_credit()
    {
        var question = Choice(QuestionKind.MultipleChoice, ("A", true), ("B", true), ("C", false), ("D", false));
        Assert.Equal(1m, QuizGrader.Score(question, [Key(question, "A"), Key(question, "B")]));
        Assert.Equal(0m, QuizGrader.Score(question, [Key(question, "A")]));

        question.PartialCredit = true;
        Assert.Equal(0.5m, QuizGrader.Score(question, [Key(question, "A")]));
        Assert.Equal(0.5m, QuizGrader.Score(question, [Key(question, "A"), Key(question, "B"), Key(question, "C")]));
        Assert.Equal(0m, QuizGrader.Score(question, [Key(question, "A"), Key(question, "C"), Key(question, "D")]));
    }

    [Theory]
    [InlineData("Diseño centrado en las personas", 1)]
    [InlineData("  diseno   CENTRADO en las personas ", 1)]
    [InlineData("Diseño centrado en personas", 0)]
    [InlineData("Diseno centrado en las personás", 1)]
    public void Short_answers_ignore_case_spaces_and_accents_when_the_question_says(string given, decimal expected)
    {
        var question = new Question { Kind = QuestionKind.ShortAnswer, Text = "¿?", Answers = ["Diseño centrado en las personas", "DCP"] };
        Assert.Equal(expected, QuizGrader.Score(question, [given]));
    }

    [Fact]
    public void Short_answers_are_exact_when_the_question_asks_for_it()
    {
        var question = new Question { Kind = QuestionKind.ShortAnswer, Text = "¿?", Answers = ["Perú"], IgnoreCase = false, IgnoreAccents = false };
        Assert.Equal(1m, QuizGrader.Score(question, ["Perú"]));
        Assert.Equal(0m, QuizGrader.Score(question, ["peru"]));
        Assert.Equal(0m, QuizGrader.Score(question, ["Peru"]));
    }

    [Theory]
    [InlineData("22", 1)]
    [InlineData("22,4", 1)]
    [InlineData("21.5", 1)]
    [InlineData("22.6", 0)]
    [InlineData("veintidós", 0)]
    [InlineData("-22", 0)]
    public void Numeric_answers_are_right_within_the_tolerance_in_either_decimal_mark(string given, decimal expected)
    {
        var question = new Question { Kind = QuestionKind.Numeric, Text = "¿?", Answers = ["22"], Tolerance = 0.5m };
        Assert.Equal(expected, QuizGrader.Score(question, [given]));
    }

    [Fact]
    public void Matching_earns_a_share_per_right_pair()
    {
        var question = new Question { Kind = QuestionKind.Matching, Text = "¿?" };
        question.Options.AddRange([Prompt("Laboratorio", "Experimenta"), Prompt("Datos abiertos", "Reutiliza"), Prompt("Nudge", "Empuja")]);
        Assert.Equal(1m, QuizGrader.Score(question, question.Options.Select(o => $"{o.Key}={o.Match}").ToList()));
        var twoOfThree = QuizGrader.Score(question, [$"{question.Options[0].Key}=Experimenta", $"{question.Options[1].Key}=Reutiliza", $"{question.Options[2].Key}=Reutiliza"]);
        Assert.Equal(2m / 3m, twoOfThree);
        Assert.Equal(0m, QuizGrader.Score(question, ["garbage", "=", $"{Guid.NewGuid()}=Empuja"]));
    }

    private static Question Choice(QuestionKind kind, params (string Text, bool Correct)[] options)
    {
        var question = new Question { Kind = kind, Text = "¿?" };
        question.Options.AddRange(options.Select((o, i) => new QuestionOption { Key = Guid.NewGuid(), Position = i, Text = o.Text, Correct = o.Correct }));
        return question;
    }

    private static QuestionOption Prompt(string text, string match) => new() { Key = Guid.NewGuid(), Text = text, Match = match };

    private static string Key(Question question, string text) => question.Options.Single(o => o.Text == text).Key.ToString();
}
