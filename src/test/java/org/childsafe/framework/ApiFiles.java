package org.childsafe.framework;

import java.util.UUID;

/** Small framework files for API and storage tests; codes are unique because the database outlives a test. */
final class ApiFiles {

    private ApiFiles() {
    }

    static String uniqueCode() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A valid two-item file: item P1 ("There is a policy", critical) starts on line 8; item P2 (weight 2,
     * one action) on line 13.
     */
    static String valid(String code, String version) {
        return """
                framework: %s
                version: "%s"
                title: {en: "Test framework", th: "กรอบทดสอบ"}
                domains:
                  - code: P
                    title: {en: Policy, th: นโยบาย}
                    items:
                      - code: P1
                        critical: true
                        text: {en: "There is a policy", th: "มีนโยบาย"}
                        guidance: {en: "Look for a signed policy", th: "ดูนโยบายที่ลงนามแล้ว"}
                        evidenceExamples: [{en: "Signed policy", th: "นโยบายที่ลงนามแล้ว"}]
                      - code: P2
                        weight: 2
                        text: {en: "Staff know the policy", th: "เจ้าหน้าที่รู้จักนโยบาย"}
                        actions:
                          - text: {en: "Train the staff", th: "อบรมเจ้าหน้าที่"}
                            ownerRole: {en: "Director", th: "ผู้อำนวยการ"}
                            timeframeDays: 30
                """.formatted(code, version);
    }
}
