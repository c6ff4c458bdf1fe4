using Jixiao.Application.Access;
using Jixiao.Application.Auditing;
using Jixiao.Application.Declarations;
using Jixiao.Application.Documents;
using Jixiao.Application.Organisations;
using Jixiao.Application.Review;
using Jixiao.Application.Seals;
using Jixiao.Application.Setup;
using Jixiao.Application.Users;
using Jixiao.Data;
using Jixiao.Data.Users;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Application;

public static class ApplicationServices
{
    /// The use cases (each registered as itself: no interfaces with one implementation), ASP.NET Core Identity's
    /// user store on the Jixiao database, and the key vault for the seals' private keys, which both hosts need.
    public static IServiceCollection AddJixiaoApplication(this IServiceCollection services, IConfiguration config)
    {
        // The master key comes from Jixiao:MasterKey, or else from a key file created beside the database on first use.
        services.AddSingleton(_ => new KeyVault(MasterKey.Resolve(config["Jixiao:MasterKey"], config["Jixiao:MasterKeyFile"] ?? "jixiao.masterkey")));

        services.AddIdentityCore<JixiaoUser>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<JixiaoDbContext>();
        services.AddSingleton(TimeProvider.System);

        services.AddScoped<CallerLoader>();
        services.AddScoped<AuditWriter>();
        services.AddScoped<VerifyAuditChain>();
        services.AddScoped<ReviewSeals>();

        services.AddScoped<CreateDeclaration>();
        services.AddScoped<ImportDeclaration>();
        services.AddScoped<ReadDeclarationFile>();
        services.AddScoped<SaveDraft>();
        services.AddScoped<SubmitDeclaration>();
        services.AddScoped<WithdrawDeclaration>();
        services.AddScoped<StartAdjustment>();
        services.AddScoped<ListDeclarations>();
        services.AddScoped<GetDeclaration>();
        services.AddScoped<DeclarationHistory>();
        services.AddScoped<VersionDiff>();

        services.AddScoped<ReviewDeclaration>();
        services.AddScoped<ReviewQueue>();
        services.AddScoped<RecentReviews>();
        services.AddScoped<VerifySeals>();

        services.AddScoped<FiledForms>();
        services.AddScoped<ExportDeclaration>();
        services.AddScoped<ExportDeclarations>();

        services.AddScoped<OrganisationAdmin>();
        services.AddScoped<UserAdmin>();

        services.AddScoped<SeedDemo>();
        services.AddScoped<InitializeDatabase>();
        return services;
    }
}
