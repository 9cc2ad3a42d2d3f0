using InnovationAcademy.Core.Data;

namespace InnovationAcademy.Quizzes.Models;

public sealed class QuizzesModelContributor : AssemblyModelContributor;
