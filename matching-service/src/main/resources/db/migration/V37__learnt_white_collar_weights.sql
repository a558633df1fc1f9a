-- White-collar default weights learnt from the fit pairs through the API (bench/learn_weights.py: an additive,
-- monotone logistic model over the sub-scores the running suite returns, 5 folds grouped by resume; out of fold AUC
-- 0.764, NDCG 0.862, macro-F1 0.468 against 0.725 / 0.839 / 0.442 for V20's reasoned weights on the same answers).
-- A row an administrator has changed since V20 is left as it is: only V20's values are replaced.
UPDATE matching_metadata.collar_weights_config
SET weight_qualification = 0.10, weight_experience = 0.47, weight_skills = 0.24, weight_location = 0.07,
    weight_category = 0.07, weight_personalization = 0.05,
    description = 'knowledge work: learnt from 4,500 labelled resume-job pairs (bench/learn_weights.py); experience against the job''s level weighs most'
WHERE collar_type = 'white' AND variant = 'default'
  AND weight_qualification = 0.15 AND weight_experience = 0.25 AND weight_skills = 0.40
  AND weight_location = 0.05 AND weight_category = 0.10 AND weight_personalization = 0.05;
