using Microsoft.AspNetCore.Identity;

namespace Jixiao.Application.Users;

/// Identity reports problems with English texts; users read Chinese.
public static class IdentityMessages
{
    public static string Chinese(IdentityError error) => error.Code switch
    {
        "DuplicateUserName" => "用户名已存在。",
        "InvalidUserName" => "用户名只能包含字母、数字和 -._@+。",
        "PasswordTooShort" => "密码至少 8 位。",
        "PasswordRequiresDigit" => "密码须包含数字。",
        "PasswordRequiresLower" => "密码须包含小写字母。",
        "PasswordRequiresUpper" => "密码须包含大写字母。",
        "PasswordRequiresNonAlphanumeric" => "密码须包含符号（如 @、-、!）。",
        "PasswordMismatch" => "当前密码不正确。",
        _ => $"账户操作失败（{error.Code}）。",
    };
}
