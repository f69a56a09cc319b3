package cn.tuanbiao.registry.national.oai;

/** An OAI-PMH error condition under the name the specification gives it, with a message in zh-CN. */
record OaiError(String code, String message) {

    static OaiError badVerb(String message) {
        return new OaiError("badVerb", message);
    }

    static OaiError badArgument(String message) {
        return new OaiError("badArgument", message);
    }

    static OaiError badResumptionToken(String message) {
        return new OaiError("badResumptionToken", message);
    }

    static OaiError cannotDisseminateFormat(String prefix) {
        return new OaiError("cannotDisseminateFormat", "不支持元数据格式“" + prefix + "”，可用 oai_dc 或 tb_selfdecl");
    }

    static OaiError idDoesNotExist(String identifier) {
        return new OaiError("idDoesNotExist", "登记处没有标识为“" + identifier + "”的记录");
    }

    static OaiError noRecordsMatch() {
        return new OaiError("noRecordsMatch", "没有符合条件的记录");
    }

    /** badVerb and badArgument: the request element then carries no attributes (OAI-PMH 2.0 §3.2). */
    boolean echoesNoArguments() {
        return code.equals("badVerb") || code.equals("badArgument");
    }
}
