using InnovationAcademy.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Cohorts.Models;

public sealed class CohortsModelContributor : IModelContributor
{
    public void Contribute(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Programme>(programme =>
        {
            programme.ToTable("Programmes");
            programme.HasKey(p => p.Id);
            programme.HasIndex(p => p.Slug).IsUnique();
            programme.Property(p => p.Slug).HasMaxLength(100);
            programme.Property(p => p.Name).HasMaxLength(200);
            programme.Property(p => p.Description).HasMaxLength(4000);
            programme.HasMany(p => p.Cohorts).WithOne(c => c.Programme).HasForeignKey(c => c.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Cohort>(cohort =>
        {
            cohort.ToTable("Cohorts");
            cohort.HasKey(c => c.Id);
            cohort.HasIndex(c => c.Slug).IsUnique();
            cohort.Property(c => c.Slug).HasMaxLength(100);
            cohort.Property(c => c.Name).HasMaxLength(200);
            cohort.Property(c => c.Summary).HasMaxLength(4000);
            cohort.Property(c => c.Language).HasMaxLength(10);
            cohort.Property(c => c.TimeZoneId).HasMaxLength(64);
            cohort.Property(c => c.CertificateHours).HasPrecision(7, 2);
            cohort.HasMany(c => c.Sessions).WithOne().HasForeignKey(s => s.CohortId).OnDelete(DeleteBehavior.Cascade);
            cohort.HasMany(c => c.ReferralCodes).WithOne().HasForeignKey(r => r.CohortId).OnDelete(DeleteBehavior.Cascade);
            cohort.HasMany(c => c.Partners).WithMany(p => p.Cohorts).UsingEntity(join => join.ToTable("CohortPartners"));
            cohort.HasMany(c => c.Courses).WithOne().HasForeignKey(c => c.CohortId).OnDelete(DeleteBehavior.Cascade);
            cohort.HasIndex(c => c.AssignmentCourseId);
        });

        modelBuilder.Entity<CohortCourse>(link =>
        {
            link.ToTable("CohortCourses");
            link.HasKey(c => new { c.CohortId, c.CourseId });
            link.HasIndex(c => c.CourseId);
        });

        modelBuilder.Entity<PartnerOrganisation>(partner =>
        {
            partner.ToTable("PartnerOrganisations");
            partner.HasKey(p => p.Id);
            partner.HasIndex(p => p.Name).IsUnique();
            partner.Property(p => p.Name).HasMaxLength(200);
            partner.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
            partner.Property(p => p.ContactEmail).HasMaxLength(256);
            partner.Property(p => p.Website).HasMaxLength(500);
            partner.Property(p => p.LogoUrl).HasMaxLength(500);
        });

        modelBuilder.Entity<SessionMaterial>(material =>
        {
            material.ToTable("CohortSessionMaterials");
            material.HasKey(m => m.Id);
            material.HasIndex(m => m.SessionId);
            material.Property(m => m.Title).HasMaxLength(300);
            material.Property(m => m.Url).HasMaxLength(1000);
        });

        modelBuilder.Entity<CohortSession>(session =>
        {
            session.HasMany(s => s.Materials).WithOne().HasForeignKey(m => m.SessionId).OnDelete(DeleteBehavior.Cascade);
            session.ToTable("CohortSessions");
            session.HasKey(s => s.Id);
            session.HasIndex(s => new { s.CohortId, s.StartsUtc });
            session.Property(s => s.Title).HasMaxLength(300);
            session.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
            session.Property(s => s.OnlineUrl).HasMaxLength(500);
            session.Property(s => s.Place).HasMaxLength(500);
            session.Property(s => s.Facilitator).HasMaxLength(200);
            session.HasOne(s => s.HostPartner).WithMany().HasForeignKey(s => s.HostPartnerId).OnDelete(DeleteBehavior.SetNull);
        });

        modelBuilder.Entity<ReferralCode>(code =>
        {
            code.ToTable("CohortReferralCodes");
            code.HasKey(r => r.Id);
            code.HasIndex(r => new { r.CohortId, r.Code }).IsUnique();
            code.Property(r => r.Code).HasMaxLength(64);
            code.Property(r => r.Label).HasMaxLength(200);
            code.HasOne<PartnerOrganisation>().WithMany().HasForeignKey(r => r.PartnerId).OnDelete(DeleteBehavior.SetNull);
        });

        modelBuilder.Entity<CohortApplication>(application =>
        {
            application.ToTable("CohortApplications");
            application.HasKey(a => a.Id);
            application.HasIndex(a => new { a.CohortId, a.UserId }).IsUnique();
            application.HasIndex(a => new { a.CohortId, a.Status });
            application.HasOne(a => a.Cohort).WithMany().HasForeignKey(a => a.CohortId).OnDelete(DeleteBehavior.Cascade);
            application.HasIndex(a => a.UserId);
            application.HasOne<ReferralCode>().WithMany().HasForeignKey(a => a.ReferralCodeId).OnDelete(DeleteBehavior.SetNull);
            application.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
            application.Property(a => a.Channel).HasMaxLength(200);
            application.Property(a => a.DecidedBy).HasMaxLength(256);
            application.Property(a => a.Device).HasConversion<string>().HasMaxLength(30);
            application.Property(a => a.Connectivity).HasConversion<string>().HasMaxLength(30);
            application.Property(a => a.BusinessStage).HasConversion<string>().HasMaxLength(20);
            application.Property(a => a.Readiness).HasConversion<string>().HasMaxLength(20);
            application.Property(a => a.Sector).HasMaxLength(100);
            application.Property(a => a.CalendarToken).HasMaxLength(64);
            application.HasIndex(a => a.CalendarToken);
        });

        modelBuilder.Entity<SessionReminder>(reminder =>
        {
            reminder.ToTable("CohortSessionReminders");
            reminder.HasKey(r => r.Id);
            reminder.HasIndex(r => new { r.SessionId, r.ApplicationId, r.Kind }).IsUnique();
            reminder.Property(r => r.Kind).HasMaxLength(8);
            reminder.HasOne<CohortSession>().WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Cascade);
            reminder.HasOne<CohortApplication>().WithMany().HasForeignKey(r => r.ApplicationId).OnDelete(DeleteBehavior.NoAction);
        });

        modelBuilder.Entity<Attendance>(attendance =>
        {
            attendance.ToTable("CohortAttendance");
            attendance.HasKey(a => a.Id);
            attendance.HasIndex(a => new { a.SessionId, a.ApplicationId }).IsUnique();
            attendance.HasIndex(a => a.ApplicationId);
            attendance.Property(a => a.MarkedBy).HasMaxLength(256);
            attendance.Property(a => a.Source).HasMaxLength(8);
            attendance.HasOne<CohortSession>().WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
            attendance.HasOne<CohortApplication>().WithMany().HasForeignKey(a => a.ApplicationId).OnDelete(DeleteBehavior.NoAction);
        });

        modelBuilder.Entity<ApplicantDemographics>(demographics =>
        {
            demographics.ToTable("CohortApplicantDemographics");
            demographics.HasKey(d => d.Id);
            demographics.HasIndex(d => d.ApplicationId).IsUnique();
            demographics.HasOne<CohortApplication>().WithOne().HasForeignKey<ApplicantDemographics>(d => d.ApplicationId).OnDelete(DeleteBehavior.Cascade);
            demographics.Property(d => d.Gender).HasMaxLength(20);
            demographics.Property(d => d.Nationality).HasMaxLength(100);
            demographics.Property(d => d.MigrationStatus).HasMaxLength(20);
        });
    }
}
