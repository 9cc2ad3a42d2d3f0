namespace InnovationAcademy.Enrollments.Models;

/// <summary>How learners get into a course.</summary>
internal enum EnrollmentMethod
{
    /// <summary>Anyone signed in enrols at once.</summary>
    Open,

    /// <summary>Learners ask; an administrator approves or rejects.</summary>
    Approval,

    /// <summary>Learners who know the course's enrolment key enrol at once.</summary>
    Key,

    /// <summary>Only administrators enrol learners.</summary>
    AdministratorsOnly,
}
