// Generated from ai-service's OpenAPI document by scripts/gen-api.mjs: do not edit.
export interface paths {
    "/api/ai/analysis/job-match": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["analyzeJobMatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ai/analysis/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["analyzeResume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ai/embeddings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["createEmbeddings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ai/embeddings/single": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["createEmbedding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ai/me/job-match-analyses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Job Match Analyses */
        get: operations["listMyJobMatchAnalyses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ai/me/optimization-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** History */
        get: operations["listMyOptimizationHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ai/me/optimizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Optimizations */
        get: operations["listMyOptimizations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ai/me/optimizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Optimization */
        get: operations["getMyOptimization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ai/me/optimizations/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decide */
        post: operations["decideOptimizationSuggestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ai/me/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Preferences */
        get: operations["getMyAiPreferences"];
        /** Update Preferences */
        put: operations["updateMyAiPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ai/me/resume-analyses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Resume Analyses */
        get: operations["listMyResumeAnalyses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ai/optimizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["generateOptimizations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ai/skills/extract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["extractSkills"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ai/skills/extract/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Skill extraction of several texts in one request (at most 64), one result per text in order */
        post: operations["extractSkillsBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AnalysisFinding: {
            code?: string;
            severity?: string;
            message?: string;
            fix?: string;
            /** Format: double */
            pointsLost?: number;
        };
        /** @description Any JSON value: an object, an array, a string, a number, a boolean or null */
        AnyJsonValue: unknown;
        CandidatePreferences: {
            userId?: components["schemas"]["UUID"];
            desiredTitles?: string[];
            industries?: string[];
            locations?: components["schemas"]["PreferredLocation"][];
            workArrangements?: components["schemas"]["WorkArrangement"][];
            employmentTypes?: components["schemas"]["EmploymentType"][];
            salary?: components["schemas"]["SalaryRange"];
            willingToRelocate?: boolean;
            needsVisaSponsorship?: boolean;
            skillsToUse?: string[];
            skillsToAvoid?: string[];
            excludedCompanies?: string[];
            /** Format: int32 */
            minMatchScore?: number;
            unknownJobData?: components["schemas"]["UnknownJobData"];
        };
        CandidateProfile: {
            userId?: components["schemas"]["UUID"];
            resumeId?: components["schemas"]["UUID"];
            /** Format: int32 */
            resumeVersion?: number;
            name?: string;
            headline?: string;
            summary?: string;
            skills?: components["schemas"]["Skill"][];
            experience?: components["schemas"]["ExperienceEntry"][];
            /** Format: int32 */
            totalExperienceMonths?: number;
            education?: components["schemas"]["EducationEntry"][];
            certifications?: components["schemas"]["Certification"][];
            languages?: components["schemas"]["LanguageSkill"][];
            locations?: components["schemas"]["Location"][];
            industries?: string[];
            collarType?: components["schemas"]["CollarType"];
            preferences?: components["schemas"]["CandidatePreferences"];
            text?: string;
            enriched?: boolean;
        };
        Certification: {
            name?: string;
            issuer?: string;
            issued?: components["schemas"]["LocalDate"];
            expires?: components["schemas"]["LocalDate"];
        };
        /** @enum {string} */
        CollarType: "WHITE" | "BLUE" | "PINK" | "GREY" | "GREEN";
        Decision: {
            suggestionId: string;
            accepted: boolean;
        };
        EducationEntry: {
            institution?: string;
            degree?: string;
            level?: components["schemas"]["EducationLevel"];
            field?: string;
            startDate?: components["schemas"]["LocalDate"];
            endDate?: components["schemas"]["LocalDate"];
        };
        /** @enum {string} */
        EducationLevel: "NONE" | "HIGH_SCHOOL" | "VOCATIONAL" | "ASSOCIATE" | "BACHELOR" | "MASTER" | "DOCTORATE";
        EmbeddingRequest: {
            texts: string[];
            sourceType?: string;
            sourceIds?: string[];
        };
        EmbeddingResponse: {
            model?: string;
            /** Format: int32 */
            dimension?: number;
            vectors?: number[][];
        };
        /** @enum {string} */
        EmploymentType: "FULL_TIME" | "PART_TIME" | "CONTRACT" | "TEMPORARY" | "INTERNSHIP" | "VOLUNTEER" | "OTHER";
        Evidence: {
            section?: string;
            text?: string;
            /** Format: int32 */
            start?: number;
            /** Format: int32 */
            end?: number;
        };
        ExperienceEntry: {
            title?: string;
            company?: string;
            industry?: string;
            location?: string;
            startDate?: components["schemas"]["LocalDate"];
            endDate?: components["schemas"]["LocalDate"];
            current?: boolean;
            /** Format: int32 */
            months?: number;
            description?: string;
            skillIds?: string[];
        };
        ExperienceRange: {
            /** Format: int32 */
            minMonths?: number;
            /** Format: int32 */
            maxMonths?: number;
        };
        ExtractedSkill: {
            skillId?: string;
            name?: string;
            category?: string;
            escoUri?: string;
            matchedText?: string;
            /** Format: int32 */
            start?: number;
            /** Format: int32 */
            end?: number;
            /** Format: double */
            confidence?: number;
            method?: string;
            link?: string;
            onetCode?: string;
        };
        HistoryEvent: {
            optimizationId?: components["schemas"]["UUID"];
            event?: string;
            suggestionId?: string;
            suggestionType?: string;
            at?: components["schemas"]["Instant"];
        };
        Improvement: {
            action?: string;
            skillId?: string;
            /** Format: double */
            points?: number;
        };
        /**
         * Format: date-time
         * @example 2022-03-10T16:15:50Z
         */
        Instant: string;
        JobMatchAnalysis: {
            analysisId?: components["schemas"]["UUID"];
            /** Format: int32 */
            requiredSkillsMatched?: number;
            /** Format: int32 */
            requiredSkillsTotal?: number;
            /** Format: double */
            skillMatchPercentage?: number;
            matchingSkills?: string[];
            missingSkills?: string[];
            extraSkills?: string[];
            industryAlignment?: string;
            experienceComparison?: string;
            narrative?: string;
            narrativeSource?: string;
            /** Format: double */
            llmScore?: number;
        };
        JobMatchAnalysisRequest: {
            candidate: components["schemas"]["CandidateProfile"];
            job: components["schemas"]["JobProfile"];
            match: components["schemas"]["MatchResult"];
        };
        JobProfile: {
            jobId?: components["schemas"]["UUID"];
            externalId?: string;
            title?: string;
            company?: string;
            description?: string;
            requiredSkills?: components["schemas"]["SkillRequirement"][];
            preferredSkills?: components["schemas"]["SkillRequirement"][];
            experience?: components["schemas"]["ExperienceRange"];
            experienceLevel?: string;
            minimumEducation?: components["schemas"]["EducationLevel"];
            requiredCertifications?: string[];
            location?: components["schemas"]["Location"];
            workArrangement?: components["schemas"]["WorkArrangement"];
            employmentTypes?: components["schemas"]["EmploymentType"][];
            salary?: components["schemas"]["SalaryRange"];
            industries?: string[];
            collarType?: components["schemas"]["CollarType"];
            visaSponsorship?: boolean;
            minimumExperienceIsHard?: boolean;
            unreadSkills?: string[];
        };
        /** @description A JSON object */
        JsonObject: {
            [key: string]: unknown;
        };
        KnockOut: {
            type?: string;
            requirement?: string;
            detail?: string;
        };
        LanguageSkill: {
            language?: string;
            proficiency?: string;
        };
        /**
         * Format: date
         * @example 2022-03-10
         */
        LocalDate: string;
        Location: {
            city?: string;
            region?: string;
            country?: string;
            /** Format: double */
            latitude?: number;
            /** Format: double */
            longitude?: number;
        };
        MatchResult: {
            jobId?: components["schemas"]["UUID"];
            resumeId?: components["schemas"]["UUID"];
            userId?: components["schemas"]["UUID"];
            /** Format: double */
            overallScore?: number;
            subScores?: components["schemas"]["SubScores"];
            weights?: components["schemas"]["Weights"];
            collarType?: components["schemas"]["CollarType"];
            knockOuts?: components["schemas"]["KnockOut"][];
            matchedSkills?: components["schemas"]["SkillMatch"][];
            missingRequiredSkills?: components["schemas"]["SkillRequirement"][];
            missingPreferredSkills?: components["schemas"]["SkillRequirement"][];
            extraSkills?: components["schemas"]["Skill"][];
            reasons?: string[];
            improvements?: components["schemas"]["Improvement"][];
            /** Format: double */
            confidence?: number;
            /** Format: double */
            preferenceFit?: number;
            semanticAvailable?: boolean;
        };
        OptimizationRequest: {
            candidate: components["schemas"]["CandidateProfile"];
            resumeText?: string;
            job: components["schemas"]["JobProfile"];
        };
        OptimizationResponse: {
            optimizationId?: components["schemas"]["UUID"];
            suggestions?: components["schemas"]["OptimizationSuggestion"][];
            source?: string;
        };
        OptimizationSuggestion: {
            id?: string;
            type?: string;
            section?: string;
            field?: string;
            before?: string;
            after?: string;
            why?: string;
        };
        PageHistoryEvent: {
            items?: components["schemas"]["HistoryEvent"][];
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int64 */
            total?: number;
        };
        PageJobMatchAnalysis: {
            items?: components["schemas"]["JobMatchAnalysis"][];
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int64 */
            total?: number;
        };
        PageResumeAnalysis: {
            items?: components["schemas"]["ResumeAnalysis"][];
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int64 */
            total?: number;
        };
        PageStoredOptimization: {
            items?: components["schemas"]["StoredOptimization"][];
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int64 */
            total?: number;
        };
        Preferences: {
            /** Format: int32 */
            maxSuggestions?: number;
            enabledTypes?: string[];
            preferredSectionOrder?: string[];
            allowLlm?: boolean;
        };
        PreferencesUpdate: {
            /** Format: int32 */
            maxSuggestions: number;
            enabledTypes: string[];
            preferredSectionOrder?: string[];
            allowLlm: boolean;
        };
        PreferredLocation: {
            location?: components["schemas"]["Location"];
            /** Format: int32 */
            radiusKm?: number;
        };
        ResumeAnalysis: {
            analysisId?: components["schemas"]["UUID"];
            /** Format: double */
            overallScore?: number;
            /** Format: double */
            atsScore?: number;
            sectionsPresent?: string[];
            sectionsMissing?: string[];
            findings?: components["schemas"]["AnalysisFinding"][];
        };
        ResumeAnalysisRequest: {
            candidate: components["schemas"]["CandidateProfile"];
            text?: string;
        };
        SalaryRange: {
            min?: number;
            max?: number;
            currency?: string;
            period?: string;
        };
        SingleEmbeddingRequest: {
            text: string;
            sourceType?: string;
            sourceId?: string;
        };
        SingleEmbeddingResponse: {
            model?: string;
            /** Format: int32 */
            dimension?: number;
            vector?: number[];
        };
        Skill: {
            skillId?: string;
            name?: string;
            category?: string;
            escoUri?: string;
            /** Format: double */
            confidence?: number;
            evidence?: components["schemas"]["Evidence"][];
            link?: string;
        };
        SkillExtractionBatchRequest: {
            items: components["schemas"]["SkillExtractionRequest"][];
        };
        SkillExtractionBatchResponse: {
            results?: components["schemas"]["SkillExtractionResponse"][];
        };
        SkillExtractionRequest: {
            text: string;
            kind?: string;
            employers?: string[];
        };
        SkillExtractionResponse: {
            skills?: components["schemas"]["ExtractedSkill"][];
            taxonomyVersion?: string;
            semanticIndexComplete?: boolean;
        };
        SkillMatch: {
            skillId?: string;
            name?: string;
            matchType?: string;
            /** Format: double */
            similarity?: number;
            required?: boolean;
            candidateSkillId?: string;
            evidence?: components["schemas"]["Evidence"];
        };
        SkillRequirement: {
            skillId?: string;
            name?: string;
            category?: string;
            escoUri?: string;
            /** Format: double */
            importance?: number;
        };
        StoredOptimization: {
            optimizationId?: components["schemas"]["UUID"];
            resumeId?: components["schemas"]["UUID"];
            jobId?: components["schemas"]["UUID"];
            source?: string;
            suggestions?: components["schemas"]["OptimizationSuggestion"][];
            /** Format: int32 */
            rejectedSuggestions?: number;
            createdAt?: components["schemas"]["Instant"];
        };
        SubScores: {
            /** Format: double */
            qualification?: number;
            /** Format: double */
            experience?: number;
            /** Format: double */
            skills?: number;
            /** Format: double */
            location?: number;
            /** Format: double */
            category?: number;
            /** Format: double */
            personalization?: number;
            /** Format: double */
            semantic?: number;
        };
        /** Format: uuid */
        UUID: string;
        /** @enum {string} */
        UnknownJobData: "RANK_BELOW" | "EXCLUDE" | "INCLUDE";
        Weights: {
            /** Format: double */
            qualification?: number;
            /** Format: double */
            experience?: number;
            /** Format: double */
            skills?: number;
            /** Format: double */
            location?: number;
            /** Format: double */
            category?: number;
            /** Format: double */
            personalization?: number;
        };
        /** @enum {string} */
        WorkArrangement: "REMOTE" | "HYBRID" | "ONSITE";
        /** @description One invalid input: a JSON path, a query parameter or a form part, and why */
        FieldError: {
            /** @description the offending field, e.g. email or items[2].title */
            field: string;
            /** @description why it is invalid */
            message: string;
        };
        /**
         * @description An RFC 9457 problem detail, sent as application/problem+json for every error
         * @example {
         *       "detail": "The request has invalid fields",
         *       "errors": [
         *         {
         *           "field": "email",
         *           "message": "must be a well-formed email address"
         *         }
         *       ],
         *       "title": "Bad Request",
         *       "type": "https://jobmatch.dev/problems/invalid-request",
         *       "status": 400
         *     }
         */
        Problem: {
            /** @description a URI naming the kind of problem, e.g. https://jobmatch.dev/problems/not-found */
            type: string;
            /** @description a short summary of the kind of problem */
            title: string;
            /**
             * Format: int32
             * @description the HTTP status code
             */
            status: number;
            /** @description what went wrong in this case, meant for the user */
            detail?: string;
            /** @description the request path the problem is about */
            instance?: string;
            /** @description for a 500: the id of the log line to report */
            referenceId?: string;
            /** @description for a 400: each offending field */
            errors?: components["schemas"]["FieldError"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    analyzeJobMatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JobMatchAnalysisRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobMatchAnalysis"];
                };
            };
            /** @description Invalid input: the problem's errors name each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no bearer token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but the caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body's media type is not one this operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A model or matching-service is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    analyzeResume: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResumeAnalysisRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResumeAnalysis"];
                };
            };
            /** @description Invalid input: the problem's errors name each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no bearer token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but the caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body's media type is not one this operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A model or matching-service is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createEmbeddings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmbeddingRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmbeddingResponse"];
                };
            };
            /** @description Invalid input: the problem's errors name each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no bearer token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but the caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body's media type is not one this operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many embedding batches for this caller; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createEmbedding: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SingleEmbeddingRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SingleEmbeddingResponse"];
                };
            };
            /** @description Invalid input: the problem's errors name each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no bearer token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but the caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body's media type is not one this operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyJobMatchAnalyses: {
        parameters: {
            query?: {
                page?: number;
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageJobMatchAnalysis"];
                };
            };
            /** @description Invalid input: the problem's errors name each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyOptimizationHistory: {
        parameters: {
            query?: {
                page?: number;
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageHistoryEvent"];
                };
            };
            /** @description Invalid input: the problem's errors name each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyOptimizations: {
        parameters: {
            query?: {
                page?: number;
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageStoredOptimization"];
                };
            };
            /** @description Invalid input: the problem's errors name each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyOptimization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredOptimization"];
                };
            };
            /** @description Invalid input: the problem's errors name each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not the caller's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decideOptimizationSuggestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["UUID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Decision"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryEvent"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not the caller's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The suggestion was already decided */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body's media type is not one this operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyAiPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Preferences"];
                };
            };
            /** @description Not Authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMyAiPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreferencesUpdate"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Preferences"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body's media type is not one this operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyResumeAnalyses: {
        parameters: {
            query?: {
                page?: number;
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageResumeAnalysis"];
                };
            };
            /** @description Invalid input: the problem's errors name each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    generateOptimizations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OptimizationRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OptimizationResponse"];
                };
            };
            /** @description Invalid input: the problem's errors name each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no bearer token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but the caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body's media type is not one this operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    extractSkills: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SkillExtractionRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillExtractionResponse"];
                };
            };
            /** @description Invalid input: the problem's errors name each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no bearer token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but the caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body's media type is not one this operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The skills taxonomy is not loaded yet */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    extractSkillsBatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SkillExtractionBatchRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillExtractionBatchResponse"];
                };
            };
            /** @description Invalid input: the problem's errors name each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no bearer token, or an expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but the caller's role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body's media type is not one this operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The skills taxonomy is not loaded yet */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
