using InnovationAcademy.Core.Data;

namespace InnovationAcademy.Quizzes.Models;

internal sealed class QuizzesModelContributor : AssemblyModelContributor;
