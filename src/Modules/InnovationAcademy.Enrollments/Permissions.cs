using InnovationAcademy.Core.Security;

namespace InnovationAcademy.Enrollments;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageEnrollments = new("ManageEnrollments", "Enrol, approve, import, message and export a course's learners", "Enrolments");
    public static readonly Permission AnswerEnquiries = new("AnswerEnquiries", "Read and answer questions about courses", "Enrolments");

    public IEnumerable<Permission> GetPermissions() => [ManageEnrollments, AnswerEnquiries];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.Administrator, [ManageEnrollments, AnswerEnquiries]),
        new(RoleNames.CourseAdministrator, [ManageEnrollments, AnswerEnquiries]),
    ];
}
