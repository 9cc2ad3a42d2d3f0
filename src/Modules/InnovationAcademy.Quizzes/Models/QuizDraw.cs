namespace InnovationAcademy.Quizzes.Models;

/// <summary>Draw <see cref="Count"/> questions of <see cref="Category"/> at random for each attempt.</summary>
internal sealed class QuizDraw
{
    public required string Category { get; set; }

    public int Count { get; set; }
}
