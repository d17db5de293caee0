namespace Corridor.Agreements.Agreements;

public enum AgreementKind
{
    /// <summary>结对共建协议</summary>
    PairingAgreement,

    /// <summary>协作方案, e.g. 粤桂机关党建协作方案</summary>
    CooperationPlan,

    /// <summary>备忘录</summary>
    Memorandum,

    /// <summary>倡议书</summary>
    Initiative,

    /// <summary>工作制度</summary>
    WorkingRules,
}
